-- Contact requests with the route they were given and their history. Positions and people are
-- referred to by their external ids, which imports keep stable; the route is stored as it was
-- computed, so a later policy version or organisation change never rewrites it.

create table contact_request (
    id                  varchar(36)              not null primary key,
    requester_person    varchar(64)              not null,
    requester_position  varchar(64),
    requester_external  varchar(16),
    target_position     varchar(64),
    target_external     varchar(16),
    kind                varchar(40)              not null,
    context             varchar(16)              not null,
    question            varchar(16),
    flags               varchar(200)             not null,
    subject             varchar(200)             not null,
    purpose             varchar(2000),
    wished_from         date,
    wished_to           date,
    policy_key          varchar(40)              not null,
    policy_version      integer                  not null,
    rule_id             varchar(100)             not null,
    status              varchar(32)              not null,
    current_position    varchar(64),
    current_action      varchar(16),
    responsible_manager varchar(64),
    redirected_to       varchar(200),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint                   not null
);
create index ix_request_current on contact_request (current_position, created_at);
create index ix_request_requester on contact_request (requester_person, created_at);

create table request_hop (
    request_id         varchar(36)              not null,
    hop_order          integer                  not null,
    template           varchar(40)              not null,
    position_id        varchar(64)              not null,
    vacant_position_id varchar(64),
    holder_when_routed varchar(64),
    action             varchar(16)              not null,
    state              varchar(16)              not null,
    acted_by           varchar(64),
    acted_at           timestamp with time zone,
    note               varchar(2000),
    constraint pk_request_hop primary key (request_id, hop_order),
    constraint fk_request_hop_request foreign key (request_id) references contact_request (id)
);

create sequence request_event_seq start with 1 increment by 50;

create table request_event (
    id          bigint                   not null primary key,
    request_id  varchar(36)              not null,
    occurred_at timestamp with time zone not null,
    actor       varchar(64)              not null,
    event       varchar(32)              not null,
    from_status varchar(32),
    to_status   varchar(32)              not null,
    hop_order   integer,
    note        varchar(2000),
    constraint fk_request_event_request foreign key (request_id) references contact_request (id)
);
create index ix_request_event_request on request_event (request_id, id);
