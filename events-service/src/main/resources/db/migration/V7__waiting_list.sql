-- Waiting lists (issue 14): a registration for a full event is WAITLISTED, holds no place, and waits in line in the
-- order it was made (registered_at, then id); its position is derived from that order, never stored.

-- A person holds at most one live registration per event: a place, or a place in the line, never both nor twice.
drop index registration_member_once;
drop index registration_guest_once;
create unique index registration_member_once on registration (event_id, member_id)
    where status in ('CONFIRMED', 'WAITLISTED') and member_id is not null;
create unique index registration_guest_once on registration (event_id, lower(guest_email))
    where status in ('CONFIRMED', 'WAITLISTED') and guest_email is not null;

-- The line itself: who is next, and how many are ahead of someone.
create index registration_waitlist on registration (event_id, registered_at, id) where status = 'WAITLISTED';
