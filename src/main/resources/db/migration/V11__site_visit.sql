-- Spontaneous site visits (verksamhetsbesök) registered afterwards by politicians, so that the yearly
-- review can set them against the coordinated ones (Alingsås, Kommunikation: "majoriteten av
-- verksamhetsbesöken ska samordnas med aktuell nämnd/styrelse och förvaltningsledning"). A
-- coordinated visit is a contact request and lives there. People, positions and units are referred
-- to by their external ids, which imports keep stable. The judgement is what the guideline in force
-- on the day said; a deviation names its entry in the deviation record. The id is a random UUID.

create table site_visit (
    id               varchar(36)              not null primary key,
    visitor          varchar(64)              not null,
    visitor_position varchar(64)              not null,
    visited_unit     varchar(64),
    visited_position varchar(64),
    department       varchar(64)              not null,
    visited_on       date                     not null,
    note             varchar(500),
    registered_at    timestamp with time zone not null,
    verdict          varchar(32)              not null,
    policy_key       varchar(64),
    policy_version   integer,
    rule_id          varchar(128),
    reason           varchar(64),
    deviation_seq    bigint,
    constraint ck_site_visit_target
        check ((visited_unit is null and visited_position is not null)
            or (visited_unit is not null and visited_position is null))
);
create index ix_site_visit_visitor on site_visit (visitor, visited_on);
create index ix_site_visit_department on site_visit (department, visited_on);
create index ix_site_visit_visited_on on site_visit (visited_on);
