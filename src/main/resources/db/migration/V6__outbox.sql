-- The transactional outbox: an event is written in the same transaction as the change it
-- describes, so it is never lost when the service stops between the change and the sending, and
-- never exists for a change that was rolled back.
--
-- id is the event's stable identity (readers dedupe by it). It comes from a pooled sequence and is
-- therefore NOT in commit order: a transaction may take id 7, commit after another took and
-- committed id 8. The feed is paged by feed_position instead, which the sequencer (see
-- JpaOutboxStore) assigns only to committed events, under the lock of the single row of
-- outbox_feed_counter, in increasing order. A reader that has seen position p therefore never
-- finds a new event at a position at or below p later: no event is skipped. Events without a
-- position yet are simply not in the feed until the next sequencing (done before each feed read).

create sequence outbox_event_seq start with 1 increment by 50;

create table outbox_event (
    id            bigint                   not null primary key,
    feed_position bigint,
    event_type    varchar(40)              not null,
    aggregate_id  varchar(64)              not null,
    occurred_at   timestamp with time zone not null,
    recorded_at   timestamp with time zone not null,
    payload       varchar(8000)            not null,
    constraint uq_outbox_event_feed_position unique (feed_position)
);
create index ix_outbox_event_aggregate on outbox_event (aggregate_id, id);

create table outbox_feed_counter (
    id            integer not null primary key,
    last_position bigint  not null
);
insert into outbox_feed_counter (id, last_position) values (1, 0);

-- The people an event notifies, one row per person, with the delivery state of their e-mail: this
-- is also the record of the notifications a person has had (sent, undeliverable or failed).
create sequence outbox_recipient_seq start with 1 increment by 50;

create table outbox_recipient (
    id              bigint                   not null primary key,
    event_id        bigint                   not null,
    person_id       varchar(64)              not null,
    reason          varchar(32)              not null,
    status          varchar(16)              not null,
    attempts        integer                  not null,
    next_attempt_at timestamp with time zone not null,
    email           varchar(320),
    sent_at         timestamp with time zone,
    last_error      varchar(1000),
    constraint fk_outbox_recipient_event foreign key (event_id) references outbox_event (id),
    constraint uq_outbox_recipient_person unique (event_id, person_id)
);
create index ix_outbox_recipient_due on outbox_recipient (status, next_attempt_at);
create index ix_outbox_recipient_person on outbox_recipient (person_id, id);
