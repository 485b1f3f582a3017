-- Who hosts an event: a region's networks (region set) or the national network (region null).
alter table event
    add column region       varchar(40),
    add column host_network varchar(80),
    add column places_taken integer not null default 0,
    add constraint event_places_within_capacity check (places_taken >= 0 and places_taken <= capacity);
create index event_published_by_region on event (region, starts_at, id) where status = 'PUBLISHED';

-- The identity provider's subject a member signs in with, so their own token finds their profile.
alter table member_profile add column account_subject varchar(255);
create unique index member_profile_by_account_subject on member_profile (account_subject) where account_subject is not null;

create table registration (
    id                 uuid primary key,
    event_id           uuid         not null references event (id),
    member_id          uuid references member_profile (member_id),
    guest_name         varchar(201),
    guest_email        varchar(320),
    guest_organisation varchar(200),
    status             varchar(20)  not null,
    registered_by      varchar(255) not null,
    registered_as      varchar(30)  not null,
    registered_at      timestamptz  not null,
    cancelled_at       timestamptz,
    version            bigint       not null default 0,
    check ((member_id is null) <> (guest_email is null)),
    check ((guest_email is null) = (guest_name is null))
);
-- A person holds at most one live place per event.
create unique index registration_member_once on registration (event_id, member_id)
    where status = 'CONFIRMED' and member_id is not null;
create unique index registration_guest_once on registration (event_id, lower(guest_email))
    where status = 'CONFIRMED' and guest_email is not null;
create index registration_by_event on registration (event_id, registered_at, id);
create index registration_by_member on registration (member_id) where member_id is not null;
