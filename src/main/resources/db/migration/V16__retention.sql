-- Retention (gallring) per municipality (issue 16, "Retention and erasure"). A municipality's
-- decision on how long Samspel keeps what it holds (its document management plan,
-- dokumenthanteringsplan, under the archives act) is data with its citation, one row per
-- municipality, versioned (an update names the version it read). Without a row nothing is culled:
-- culling public records needs a decision (arkivlagen 1990:782, 10 §), and Samspel never invents one.
--
-- Periods are ISO-8601 periods (P2Y, P18M, P90D) counted from when a thing was closed or recorded.

create table retention_policy (
    municipality_id         varchar(4)               not null primary key,
    closed_requests         varchar(16)              not null,
    whistleblowing_reports  varchar(16)              not null,
    notifications           varchar(16)              not null,
    deviation_personal_data varchar(16)              not null,
    decision_reference      varchar(200)             not null,
    decision_section        varchar(500),
    decision_quote          varchar(2000),
    decided_on              date                     not null,
    recorded_at             timestamp with time zone not null,
    recorded_by             varchar(200),
    version                 bigint                   not null,
    constraint fk_retention_policy_municipality foreign key (municipality_id) references municipality (id)
);

-- What the last culling run of each municipality did, for the administrators and operations.
create table retention_run (
    municipality_id      varchar(4)               not null primary key,
    ran_at               timestamp with time zone not null,
    requests_culled      bigint                   not null,
    notifications_culled bigint                   not null,
    events_culled        bigint                   not null,
    deviations_redacted  bigint                   not null,
    site_visits_culled   bigint                   not null,
    constraint fk_retention_run_municipality foreign key (municipality_id) references municipality (id)
);

-- A culled (gallrad) request keeps only what the yearly review counts: its kind, the rule and policy
-- version it was routed under, its status and when it was created and closed, and its history's
-- event types, times and steps. Who asked, whom, about what, who acted and every note are blanked;
-- its steps (who held them) are deleted. culled_at says when.
alter table contact_request add column culled_at timestamp with time zone;
alter table contact_request alter column requester_person drop not null;
alter table contact_request alter column subject drop not null;
alter table request_event alter column actor drop not null;
-- Only a culled request may lack its requester and subject.
alter table contact_request add constraint ck_request_culled_only
    check (culled_at is not null or (requester_person is not null and subject is not null));
create index ix_request_retention on contact_request (municipality_id, status, updated_at);

-- A culled site visit keeps what the review counts (that a visit was registered for its day, to its
-- department and unit, and the guideline's verdict); who visited and the note are blanked.
alter table site_visit add column culled_at timestamp with time zone;
alter table site_visit alter column visitor drop not null;
alter table site_visit alter column visitor_position drop not null;
alter table site_visit add constraint ck_site_visit_culled_only
    check (culled_at is not null or (visitor is not null and visitor_position is not null));

-- The event feed's positions are never handed out again. A reader whose cursor lies at or below
-- the highest position culled in its municipality has missed events; the feed tells it so.
create table outbox_culled (
    municipality_id varchar(4) not null primary key,
    culled_through  bigint     not null,
    constraint fk_outbox_culled_municipality foreign key (municipality_id) references municipality (id)
);
create index ix_outbox_event_retention on outbox_event (municipality_id, recorded_at);
create index ix_deviation_entry_retention on deviation_entry (municipality_id, recorded_at);
insert into outbox_culled (municipality_id, culled_through) select id, 0 from municipality;
