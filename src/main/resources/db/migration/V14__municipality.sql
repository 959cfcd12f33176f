-- The municipalities one deployment serves (issue 16). A municipality is known by its four-digit
-- SCB municipality code (Kungsör 1960, Alingsås 1489; fictional ones use 99xx). An existing
-- deployment's data belongs to the municipality this migration adds first: its code and name come
-- from the configuration (samspel.municipality.first.id and .name, i.e. SAMSPEL_MUNICIPALITY_ID
-- and SAMSPEL_MUNICIPALITY_NAME; the demo's Mälarvik, 9901, by default), passed in as Flyway
-- placeholders. Set them before the upgrade: they cannot be changed by configuration afterwards.

create table municipality (
    id         varchar(4)               not null primary key,
    name       varchar(200)             not null,
    created_at timestamp with time zone not null,
    constraint ck_municipality_id check (length(id) = 4)
);

insert into municipality (id, name, created_at)
values ('${first_municipality_id}', '${first_municipality_name}', current_timestamp);
