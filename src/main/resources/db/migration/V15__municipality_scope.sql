-- Every municipality-scoped row names its municipality (issue 16). What an existing deployment
-- holds becomes the first municipality's (V14 added it from samspel.municipality.first.id). The
-- column is the entities' Hibernate ORM tenant id (discriminator multitenancy): Hibernate fills it
-- on insert and filters every query and load by id on it; the native queries filter explicitly.
-- The default is dropped again at once, so that a row written without a municipality fails loudly.
--
-- The municipality each deployment runs the guideline of, formerly samspel.policy.active:
alter table municipality add column policy_key varchar(40) default '${first_municipality_policy}' not null;
alter table municipality alter column policy_key drop default;

-- The organisation. External ids are unique within a municipality: two municipalities' HR
-- registers may both call their top unit U-KOMMUN. A login stays unique in the deployment (the
-- import checks it against every municipality).
alter table person add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table person alter column municipality_id drop default;
alter table person add constraint fk_person_municipality foreign key (municipality_id) references municipality (id);
alter table person drop constraint uk_person_external_id;
alter table person add constraint uk_person_external_id unique (municipality_id, external_id);

alter table org_unit add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table org_unit alter column municipality_id drop default;
alter table org_unit add constraint fk_org_unit_municipality foreign key (municipality_id) references municipality (id);
alter table org_unit drop constraint uk_org_unit_external_id;
alter table org_unit add constraint uk_org_unit_external_id unique (municipality_id, external_id);

alter table org_position add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table org_position alter column municipality_id drop default;
alter table org_position add constraint fk_org_position_municipality foreign key (municipality_id) references municipality (id);
alter table org_position drop constraint uk_org_position_external_id;
alter table org_position add constraint uk_org_position_external_id unique (municipality_id, external_id);

alter table acting_assignment add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table acting_assignment alter column municipality_id drop default;
alter table acting_assignment add constraint fk_acting_municipality foreign key (municipality_id) references municipality (id);

-- The revision counters become one row per municipality, keyed by it.
create table organisation_revision_m (
    municipality_id varchar(4)               not null primary key,
    revision        bigint                   not null,
    changed_at      timestamp with time zone not null,
    constraint fk_organisation_revision_municipality foreign key (municipality_id) references municipality (id)
);
insert into organisation_revision_m (municipality_id, revision, changed_at)
select '${first_municipality_id}', revision, changed_at from organisation_revision where id = 1;
drop table organisation_revision;
alter table organisation_revision_m rename to organisation_revision;

-- Each municipality versions its guidelines on its own.
alter table policy_version add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table policy_version alter column municipality_id drop default;
alter table policy_version add constraint fk_policy_version_municipality foreign key (municipality_id) references municipality (id);
alter table policy_version drop constraint uk_policy_version;
alter table policy_version add constraint uk_policy_version unique (municipality_id, policy_key, version);

-- Contact requests, their steps and history.
alter table contact_request add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table contact_request alter column municipality_id drop default;
alter table contact_request add constraint fk_request_municipality foreign key (municipality_id) references municipality (id);
create index ix_request_municipality_due on contact_request (municipality_id, current_due_at);

alter table request_hop add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table request_hop alter column municipality_id drop default;
alter table request_hop add constraint fk_request_hop_municipality foreign key (municipality_id) references municipality (id);

alter table request_event add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table request_event alter column municipality_id drop default;
alter table request_event add constraint fk_request_event_municipality foreign key (municipality_id) references municipality (id);

-- Substitutions and their revision counter.
alter table substitution add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table substitution alter column municipality_id drop default;
alter table substitution add constraint fk_substitution_municipality foreign key (municipality_id) references municipality (id);

create table substitution_revision_m (
    municipality_id varchar(4)               not null primary key,
    revision        bigint                   not null,
    changed_at      timestamp with time zone not null,
    constraint fk_substitution_revision_municipality foreign key (municipality_id) references municipality (id)
);
insert into substitution_revision_m (municipality_id, revision, changed_at)
select '${first_municipality_id}', revision, changed_at from substitution_revision where id = 1;
drop table substitution_revision;
alter table substitution_revision_m rename to substitution_revision;

-- The outbox. Feed positions stay one sequence for the deployment (outbox_feed_counter): a reader
-- sees only its municipality's events, so its cursor may skip positions, never go back.
alter table outbox_event add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table outbox_event alter column municipality_id drop default;
alter table outbox_event add constraint fk_outbox_event_municipality foreign key (municipality_id) references municipality (id);
create index ix_outbox_event_municipality_feed on outbox_event (municipality_id, feed_position);

alter table outbox_recipient add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table outbox_recipient alter column municipality_id drop default;
alter table outbox_recipient add constraint fk_outbox_recipient_municipality foreign key (municipality_id) references municipality (id);

-- The deviation record: one chain per municipality, numbered from 1 in each, with its own head.
-- The municipality is not in the hash input, so the migrated chain verifies with its head hash
-- unchanged. The primary key becomes (municipality, seq); the table is copied to get it, as
-- H2 and PostgreSQL name an unnamed primary key differently.
create table deviation_entry_m (
    municipality_id      varchar(4)               not null,
    seq                  bigint                   not null,
    kind                 varchar(32)              not null,
    occurred_at          timestamp with time zone not null,
    recorded_at          timestamp with time zone not null,
    policy_key           varchar(64)              not null,
    policy_version       integer                  not null,
    rule_id              varchar(64)              not null,
    rule_title           varchar(500)             not null,
    section              varchar(500)             not null,
    quote                varchar(4000)            not null,
    severity             varchar(16)              not null,
    prescribed_route     varchar(1000)            not null,
    requester_role       varchar(64)              not null,
    target_role          varchar(64)              not null,
    department           varchar(64),
    request_id           varchar(64),
    corrects             bigint,
    summary              varchar(1200)            not null,
    reporter             varchar(64),
    requester            varchar(64),
    target               varchar(64),
    description          varchar(2000),
    personal_salt        varchar(32)              not null,
    personal_hash        varchar(64)              not null,
    previous_hash        varchar(64)              not null,
    entry_hash           varchar(64)              not null,
    redacted_at          timestamp with time zone,
    form_version         integer                  not null,
    requester_department varchar(64),
    target_department    varchar(64),
    constraint pk_deviation_entry primary key (municipality_id, seq),
    constraint fk_deviation_entry_municipality foreign key (municipality_id) references municipality (id)
);
insert into deviation_entry_m (municipality_id, seq, kind, occurred_at, recorded_at, policy_key,
    policy_version, rule_id, rule_title, section, quote, severity, prescribed_route, requester_role,
    target_role, department, request_id, corrects, summary, reporter, requester, target,
    description, personal_salt, personal_hash, previous_hash, entry_hash, redacted_at,
    form_version, requester_department, target_department)
select '${first_municipality_id}', seq, kind, occurred_at, recorded_at, policy_key,
    policy_version, rule_id, rule_title, section, quote, severity, prescribed_route, requester_role,
    target_role, department, request_id, corrects, summary, reporter, requester, target,
    description, personal_salt, personal_hash, previous_hash, entry_hash, redacted_at,
    form_version, requester_department, target_department
from deviation_entry;
drop table deviation_entry;
alter table deviation_entry_m rename to deviation_entry;
create index ix_deviation_entry_occurred on deviation_entry (municipality_id, occurred_at);
create index ix_deviation_entry_rule on deviation_entry (rule_id);
create index ix_deviation_entry_department on deviation_entry (department);
create index ix_deviation_entry_reporter on deviation_entry (reporter);
create index ix_deviation_entry_requester on deviation_entry (requester);
create index ix_deviation_entry_target on deviation_entry (target);
create index ix_deviation_entry_requester_department on deviation_entry (requester_department);
create index ix_deviation_entry_target_department on deviation_entry (target_department);

create table deviation_head_m (
    municipality_id varchar(4)  not null primary key,
    last_seq        bigint      not null,
    head_hash       varchar(64) not null,
    constraint fk_deviation_head_municipality foreign key (municipality_id) references municipality (id)
);
insert into deviation_head_m (municipality_id, last_seq, head_hash)
select '${first_municipality_id}', last_seq, head_hash from deviation_head where id = 1;
drop table deviation_head;
alter table deviation_head_m rename to deviation_head;

-- Site visits and the administrators' audit trail.
alter table site_visit add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table site_visit alter column municipality_id drop default;
alter table site_visit add constraint fk_site_visit_municipality foreign key (municipality_id) references municipality (id);

alter table administrative_action add column municipality_id varchar(4) default '${first_municipality_id}' not null;
alter table administrative_action alter column municipality_id drop default;
alter table administrative_action add constraint fk_administrative_action_municipality foreign key (municipality_id) references municipality (id);
