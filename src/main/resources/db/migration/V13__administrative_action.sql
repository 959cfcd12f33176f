-- The administrators' audit trail (issue 15, "An audit trail"; issue 18 adds policy uploads,
-- redactions and substitutions to the same trail): one row per administrative action, only ever
-- added. Kind names the action; the actor is the caller's person (external id) and the login their
-- token named, either may be empty (a start-up seed has neither, an administrator by group only has
-- no person). The summary is a small JSON object whose keys depend on the kind (for an import: the
-- format, the charset, the counts); revision is the organisation revision an import produced.

create sequence administrative_action_seq start with 1 increment by 1;

create table administrative_action (
    id           bigint                   not null primary key,
    kind         varchar(40)              not null,
    actor_person varchar(64),
    actor_login  varchar(200),
    acted_at     timestamp with time zone not null,
    revision     bigint,
    summary      varchar(4000)            not null
);
create index ix_administrative_action_acted_at on administrative_action (acted_at, id);
