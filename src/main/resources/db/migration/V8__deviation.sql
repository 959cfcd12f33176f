-- The deviation record: an append-only, hash-chained ledger (see se.samspel.deviation and the
-- README, "The deviation record"). The application only ever inserts rows; the one change it makes
-- to a stored row is redaction, which blanks the personal columns (reporter, requester, target,
-- description) and sets redacted_at. personal_hash, a SHA-256 over the personal columns and the
-- entry's random personal_salt, stays, and it is personal_hash, never the personal columns, that
-- entry_hash covers: a redacted entry still verifies.
--
-- seq is assigned 1, 2, 3 … with no gaps in commit order: an append locks the single row of
-- deviation_head (select … for update), takes last_seq + 1, links to head_hash and moves the head
-- in the same transaction, which serialises appends across instances. The head row also lets
-- verify notice rows removed from, or appended to, the end of the chain behind the application.

create table deviation_entry (
    seq              bigint                   not null primary key,
    kind             varchar(32)              not null,
    occurred_at      timestamp with time zone not null,
    recorded_at      timestamp with time zone not null,
    policy_key       varchar(64)              not null,
    policy_version   integer                  not null,
    rule_id          varchar(64)              not null,
    rule_title       varchar(500)             not null,
    section          varchar(500)             not null,
    quote            varchar(4000)            not null,
    severity         varchar(16)              not null,
    prescribed_route varchar(1000)            not null,
    requester_role   varchar(64)              not null,
    target_role      varchar(64)              not null,
    department       varchar(64),
    request_id       varchar(64),
    corrects         bigint,
    summary          varchar(500)             not null,
    reporter         varchar(64),
    requester        varchar(64),
    target           varchar(64),
    description      varchar(2000),
    personal_salt    varchar(32)              not null,
    personal_hash    varchar(64)              not null,
    previous_hash    varchar(64)              not null,
    entry_hash       varchar(64)              not null,
    redacted_at      timestamp with time zone
);
create index ix_deviation_entry_occurred on deviation_entry (occurred_at);
create index ix_deviation_entry_rule on deviation_entry (rule_id);
create index ix_deviation_entry_department on deviation_entry (department);
create index ix_deviation_entry_reporter on deviation_entry (reporter);
create index ix_deviation_entry_requester on deviation_entry (requester);
create index ix_deviation_entry_target on deviation_entry (target);

create table deviation_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    head_hash varchar(64) not null
);
insert into deviation_head (id, last_seq, head_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
