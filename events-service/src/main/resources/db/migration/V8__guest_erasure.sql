-- Guests' erasure (issue 14 point 8): a guest's name, email and organisation can be erased, by an admin or by the
-- guest through a link carrying an unguessable token handed out with the registration.

-- The SHA-256 (hex) of the guest's erasure token: the token itself is shown once, in the response to the registration,
-- and never stored, so nobody who reads this table can erase a guest's data. Null for a member's registration.
-- When the guest's data was erased; null until then. An erased guest keeps the name "Former guest" and no email or
-- organisation.
alter table registration
    add column guest_erasure_token_hash varchar(64),
    add column guest_erased_at          timestamptz;
create unique index registration_by_guest_erasure_token on registration (guest_erasure_token_hash)
    where guest_erasure_token_hash is not null;
-- An admin erasing a guest by email finds every registration of that email, whatever the event.
create index registration_by_guest_email on registration (lower(guest_email)) where guest_email is not null;

-- V2's checks wanted every guest to keep an email; an erased guest keeps only the placeholder name.
alter table registration
    drop constraint registration_check,
    drop constraint registration_check1,
    add constraint registration_member_or_guest
        check ((member_id is null) <> (guest_email is null and guest_erased_at is null)),
    add constraint registration_guest_named check ((member_id is null) = (guest_name is not null)),
    add constraint registration_guest_email_until_erased
        check (member_id is not null or (guest_email is null) = (guest_erased_at is not null));
