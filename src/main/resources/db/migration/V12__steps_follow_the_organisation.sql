-- Open work follows the organisation (issue 15): each waiting step records whom it waits on, so
-- that a change of who acts in its post (an import, an acting period or a substitution ending) is
-- found by comparing with who acts now. The request carries the person its waiting step waits on
-- beside its position, so that one grouped query over the requests finds the pairs to compare.
-- Rows stored before this have no person: the first comparison records one without a move.

alter table request_hop add column waiting_on_person_id varchar(64);

alter table contact_request add column current_waiting_on varchar(64);

create index ix_request_waiting on contact_request (current_position, current_waiting_on);

-- Where a step went when it followed the organisation, and why (STEP_FOLLOWED_ORGANISATION).
alter table request_event add column moved_from varchar(64);
alter table request_event add column moved_to varchar(64);
alter table request_event add column move_reason varchar(32);
-- Whom the step waited on before the move and whom after: the post's holder today says neither
-- (a step that stays on its post changes only its person).
alter table request_event add column moved_from_person varchar(64);
alter table request_event add column moved_to_person varchar(64);
