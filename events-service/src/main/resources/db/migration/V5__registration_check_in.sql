-- Check-in at the door: every registration carries an unguessable code (shown to the attendee, as text and as a QR
-- code, and scanned at the desk) and the time its holder was first checked in (null until then).
-- The service makes each code itself (128 bits from SecureRandom, URL-safe base64 without padding: CheckInCodes). The
-- default gives one of the same form to every row written without it: registrations made before check-in existed
-- (a volatile default is computed for each existing row) and rows inserted by SQL. It holds 122 random bits from
-- PostgreSQL's strong random source (gen_random_uuid).
alter table registration
    add column check_in_code varchar(32) not null
        default translate(rtrim(encode(uuid_send(gen_random_uuid()), 'base64'), '='), '+/', '-_'),
    add column checked_in_at timestamptz;
-- Unique across all events (so also per event): a scanned code finds exactly one registration.
create unique index registration_by_check_in_code on registration (check_in_code);
