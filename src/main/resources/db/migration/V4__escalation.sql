-- Deadlines and escalation: each waiting hop has a deadline, may be taken (acknowledged) by its
-- holder, and climbs the chain when the deadline passes. The request carries the deadline of its
-- waiting hop, so that the sweeper finds and claims overdue requests with one indexed query.

alter table request_hop add column due_at timestamp with time zone;
alter table request_hop add column acknowledged_by varchar(64);
alter table request_hop add column acknowledged_at timestamp with time zone;
alter table request_hop add column escalated_from varchar(64);
alter table request_hop add column escalations integer default 0 not null;

alter table contact_request add column current_due_at timestamp with time zone;
alter table contact_request add column stuck_at_top boolean default false not null;

create index ix_request_due on contact_request (current_due_at);
