-- A deviation belongs to the department where it happened (issue 13). Entries appended from now on
-- use the canonical form samspel-deviation-v2, which records the requester's department and the
-- target's (unit ids, each optional) where v1 recorded a single department. Every entry keeps the
-- form it was hashed in, so verification recomputes each entry in its own form and every v1 entry
-- (and the head hash) verifies unchanged: existing rows are v1, and keep their department.
--
-- form_version has no default once the existing rows are marked: the application always writes it,
-- and a row put in behind the application without it is refused.

alter table deviation_entry add column form_version integer default 1 not null;
alter table deviation_entry alter column form_version drop default;
alter table deviation_entry add column requester_department varchar(64);
alter table deviation_entry add column target_department varchar(64);
create index ix_deviation_entry_requester_department on deviation_entry (requester_department);
create index ix_deviation_entry_target_department on deviation_entry (target_department);
