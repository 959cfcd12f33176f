-- Substitutes named for a period of absence (vikarie / ersättare under frånvaro). People are
-- referred to by their external ids, which imports keep stable, as contact requests do. A row is
-- never deleted: ending a substitution early records from which day, by whom and when, so the
-- history of who acted for whom stays answerable. The id is a random UUID, so that an id reveals
-- nothing about how many substitutions there are or whose they are.

create table substitution (
    id                varchar(36)              not null primary key,
    absent_person     varchar(64)              not null,
    substitute_person varchar(64)              not null,
    valid_from        date                     not null,
    valid_to          date                     not null,
    reason            varchar(500),
    named_by          varchar(64)              not null,
    named_at          timestamp with time zone not null,
    ended_from        date,
    ended_by          varchar(64),
    ended_at          timestamp with time zone,
    version           bigint                   not null,
    constraint ck_substitution_period check (valid_to >= valid_from),
    constraint ck_substitution_not_self check (substitute_person <> absent_person)
);
create index ix_substitution_absent on substitution (absent_person, valid_from);
create index ix_substitution_substitute on substitution (substitute_person, valid_from);
create index ix_substitution_named_by on substitution (named_by);
create index ix_substitution_valid_to on substitution (valid_to);

-- One row: bumped by every change of a substitution, so that every instance of Samspel can notice
-- that its substitutions in memory are stale; also the lock that serialises changes.
create table substitution_revision (
    id         integer                  not null primary key,
    revision   bigint                   not null,
    changed_at timestamp with time zone not null
);
insert into substitution_revision (id, revision, changed_at) values (1, 0, current_timestamp);
