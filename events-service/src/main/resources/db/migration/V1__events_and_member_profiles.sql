create table event (
    id        uuid primary key,
    title     varchar(200)  not null,
    summary   varchar(2000) not null,
    kind      varchar(30)   not null,
    status    varchar(20)   not null,
    starts_at timestamptz   not null,
    ends_at   timestamptz   not null,
    time_zone varchar(50)   not null default 'Europe/London',
    venue     varchar(300),
    online    boolean       not null default false,
    capacity  integer       not null check (capacity >= 0),
    version   bigint        not null default 0,
    check (ends_at > starts_at)
);
create index event_published_by_start on event (starts_at, id) where status = 'PUBLISHED';

create table member_profile (
    member_id      uuid primary key,
    display_name   varchar(201) not null,
    region         varchar(40)  not null,
    status         varchar(20)  not null,
    source_version bigint       not null,
    updated_at     timestamptz  not null
);
