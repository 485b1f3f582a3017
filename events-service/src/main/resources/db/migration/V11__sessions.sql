-- Sessions and streams of an event (issue 14, point 2): an event's program, and places at its sessions booked by
-- confirmed attendees inside their registration.

-- Per event, how its sessions are booked: whether one attendee may hold overlapping sessions (default: no). An event
-- without a row has the defaults; version is the ETag of the settings.
create table event_session_settings (
    event_id        uuid primary key references event (id),
    overlap_allowed boolean not null default false,
    version         bigint  not null default 0
);

create table event_stream (
    id       uuid primary key,
    event_id uuid         not null references event (id),
    name     varchar(100) not null,
    position integer      not null,
    version  bigint       not null default 0
);
create unique index event_stream_name_once on event_stream (event_id, lower(name));
create index event_stream_by_event on event_stream (event_id, position, id);

create table event_session (
    id           uuid primary key,
    event_id     uuid          not null references event (id),
    stream_id    uuid references event_stream (id),
    title        varchar(200)  not null,
    description  varchar(4000),
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    room         varchar(200),
    online_link  varchar(2000),
    capacity     integer       not null,
    -- Confirmed bookings; changed only under the session's row lock, so it never exceeds the capacity.
    places_taken integer       not null default 0,
    version      bigint        not null default 0,
    check (ends_at > starts_at),
    check (places_taken >= 0 and places_taken <= capacity)
);
create index event_session_by_event on event_session (event_id, starts_at, id);
create index event_session_by_stream on event_session (stream_id) where stream_id is not null;

-- Chairs, co-chairs and speakers, in the order the session lists them: a member (by id) or a guest (name and
-- organisation), each with a role and an optional free-text label such as "lived-experience co-chair".
create table event_session_person (
    session_id         uuid         not null references event_session (id) on delete cascade,
    position           integer      not null,
    role               varchar(20)  not null,
    role_label         varchar(100),
    member_id          uuid references member_profile (member_id),
    guest_name         varchar(200),
    guest_organisation varchar(200),
    primary key (session_id, position),
    check ((member_id is null) <> (guest_name is null))
);

-- A confirmed registration's place at a session, or its place in the session's waiting list.
create table session_booking (
    id              uuid primary key,
    session_id      uuid        not null references event_session (id),
    registration_id uuid        not null references registration (id),
    status          varchar(20) not null,
    booked_at       timestamptz not null,
    cancelled_at    timestamptz,
    checked_in_at   timestamptz,
    version         bigint      not null default 0
);
-- A registration holds at most one live booking per session: a place, or a place in its line.
create unique index session_booking_once on session_booking (session_id, registration_id)
    where status in ('CONFIRMED', 'WAITLISTED');
create index session_booking_by_registration on session_booking (registration_id);
create index session_booking_waitlist on session_booking (session_id, booked_at, id) where status = 'WAITLISTED';
