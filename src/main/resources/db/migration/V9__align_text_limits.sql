-- Column lengths of the free texts, aligned with the limits the domain states (and Bean
-- Validation, the pages and the entities use): se.samspel.request.domain.ContactRequest,
-- RequestEvent, se.samspel.deviation.domain.NewDeviation, PersonalData and
-- se.samspel.substitution.domain.Substitution. SchemaTextLimitsTest checks every one.
--
-- Two columns were shorter than what Samspel writes into them, so a long but valid input failed
-- when it was stored:
-- - request_event.note: a redirect's entry is "→ " + forum (200) + ": " + reason (2000), and a
--   hand escalation's "escalated by hand: " + reason (2000); both exceed 2000.
-- - deviation_entry.summary: a reported contact's summary names the whole prescribed route
--   (up to 1000 characters, as prescribed_route) after 58 characters of words.
-- Widening a varchar keeps every stored value (and, in the deviation record, every hash) as it is.
-- SET DATA TYPE is understood by both PostgreSQL and H2, and keeps the columns' NOT NULL.

alter table request_event alter column note set data type varchar(2300);
alter table deviation_entry alter column summary set data type varchar(1200);
