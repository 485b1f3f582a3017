-- Check-in at the door: every registration carries an unguessable code (shown to the attendee, as text and as a QR
-- code, and scanned at the desk) and the time its holder was first checked in (null until then).
alter table registration
    add column check_in_code varchar(32),
    add column checked_in_at timestamptz;
-- Registrations made before check-in existed get a code here: 122 random bits from PostgreSQL's strong random source
-- (gen_random_uuid), URL-safe base64 without padding, the same form as the codes the service makes (128 bits from
-- SecureRandom).
update registration
set check_in_code = translate(rtrim(encode(uuid_send(gen_random_uuid()), 'base64'), '='), '+/', '-_')
where check_in_code is null;
alter table registration alter column check_in_code set not null;
-- Unique across all events (so also per event): a scanned code finds exactly one registration.
create unique index registration_by_check_in_code on registration (check_in_code);
