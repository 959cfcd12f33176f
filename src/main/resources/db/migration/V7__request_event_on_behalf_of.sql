-- A substitute acting on a hop of someone who is away: the history names both.
alter table request_event add column on_behalf_of varchar(64);
