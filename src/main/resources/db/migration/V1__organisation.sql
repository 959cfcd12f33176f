-- The organisation: units, people, positions and acting assignments, keyed by the external ids
-- the municipality's HR and political registers use. Rows are never deleted by an import: what a
-- new import no longer lists is marked inactive, so contact requests that refer to it keep their
-- history.

create sequence org_unit_seq start with 1 increment by 50;
create sequence person_seq start with 1 increment by 50;
create sequence org_position_seq start with 1 increment by 50;
create sequence acting_assignment_seq start with 1 increment by 50;

create table person (
    id          bigint       not null primary key,
    external_id varchar(64)  not null,
    name        varchar(200) not null,
    email       varchar(200),
    login       varchar(200),
    active      boolean      not null,
    version     integer      not null,
    constraint uk_person_external_id unique (external_id)
);
create index ix_person_login on person (login);

create table org_unit (
    id                       bigint       not null primary key,
    external_id              varchar(64)  not null,
    name                     varchar(200) not null,
    kind                     varchar(32)  not null,
    parent_id                bigint,
    responsible_committee_id bigint,
    head_position_id         bigint,
    active                   boolean      not null,
    version                  integer      not null,
    constraint uk_org_unit_external_id unique (external_id),
    constraint fk_org_unit_parent foreign key (parent_id) references org_unit (id),
    constraint fk_org_unit_committee foreign key (responsible_committee_id) references org_unit (id)
);

create table org_position (
    id            bigint       not null primary key,
    external_id   varchar(64)  not null,
    title         varchar(200) not null,
    kind          varchar(32)  not null,
    unit_id       bigint       not null,
    reports_to_id bigint,
    holder_id     bigint,
    party         varchar(200),
    active        boolean      not null,
    version       integer      not null,
    constraint uk_org_position_external_id unique (external_id),
    constraint fk_org_position_unit foreign key (unit_id) references org_unit (id),
    constraint fk_org_position_reports_to foreign key (reports_to_id) references org_position (id),
    constraint fk_org_position_holder foreign key (holder_id) references person (id)
);
create index ix_org_position_unit on org_position (unit_id);
create index ix_org_position_reports_to on org_position (reports_to_id);
create index ix_org_position_holder on org_position (holder_id);

alter table org_unit
    add constraint fk_org_unit_head foreign key (head_position_id) references org_position (id);

create table acting_assignment (
    id          bigint not null primary key,
    position_id bigint not null,
    person_id   bigint not null,
    valid_from  date   not null,
    valid_to    date,
    constraint fk_acting_position foreign key (position_id) references org_position (id),
    constraint fk_acting_person foreign key (person_id) references person (id)
);
create index ix_acting_position on acting_assignment (position_id);

-- One row: bumped by every change of the organisation, so that every instance of Samspel can
-- notice that its in-memory graph is stale.
create table organisation_revision (
    id         integer                  not null primary key,
    revision   bigint                   not null,
    changed_at timestamp with time zone not null
);
insert into organisation_revision (id, revision, changed_at) values (1, 0, current_timestamp);
