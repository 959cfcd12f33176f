-- Versions of each municipality's guideline as policy data. A version is never changed after it
-- is stored: a new upload is a new version, and requests keep the version they were routed under.

create sequence policy_version_seq start with 1 increment by 50;

create table policy_version (
    id           bigint                   not null primary key,
    policy_key   varchar(40)              not null,
    version      integer                  not null,
    municipality varchar(200)             not null,
    title        varchar(400)             not null,
    valid_from   date                     not null,
    valid_to     date,
    document     varchar(1000000)         not null,
    content_hash varchar(64)              not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  varchar(200)             not null,
    constraint uk_policy_version unique (policy_key, version)
);
