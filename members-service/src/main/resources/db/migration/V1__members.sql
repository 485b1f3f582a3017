create table member (
    id          uuid primary key,
    given_name  varchar(100) not null,
    family_name varchar(100) not null,
    email       varchar(254) not null,
    job_title   varchar(200),
    region      varchar(40)  not null,
    status      varchar(20)  not null,
    joined_at   timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create unique index member_email_unique on member (lower(email));
create index member_listing on member (family_name, given_name, id);
create index member_region on member (region);
