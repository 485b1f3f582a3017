-- The events projection (event/): the events service's public events as its facts on events.event.v1 describe them,
-- and which of their sessions are fully booked (events.registration.v1). Rows are never deleted (an event's facts end
-- with EventCancelled or EventCompleted), so an item's related event always stays known.
create sequence related_event_change_seq;

create table related_event (
    event_id          uuid         primary key,
    title             text         not null,
    kind              varchar(40)  not null,
    status            varchar(20)  not null,
    starts_at         timestamptz  not null,
    ends_at           timestamptz  not null,
    time_zone         varchar(60)  not null,
    region            varchar(40),
    host_network      varchar(120),
    host_network_name text,
    audience          varchar(40),
    -- The event's version in the events service: a fact older than the one applied changes nothing
    event_version     bigint       not null,
    -- From related_event_change_seq at every change of the event or of its sessions' bookings: the largest number
    -- of the related events a publication or list shows is part of its ETag
    change_number     bigint       not null,
    updated_at        timestamptz  not null
);

-- A session of an event whose last place was taken; removed when a place frees up again
create table related_event_full_session (
    session_id uuid        primary key,
    event_id   uuid        not null,
    title      text        not null,
    starts_at  timestamptz,
    ends_at    timestamptz,
    capacity   integer     not null,
    full_at    timestamptz not null
);
create index related_event_full_session_event on related_event_full_session (event_id);

-- An item's related event (an event announcement, or any item about an event); kept to events this service knows
alter table content_item add column related_event_id uuid references related_event (event_id);
create index content_item_related_event on content_item (related_event_id) where related_event_id is not null;
