-- An erased member this service never saw has no known region: null instead of the placeholder 'UNKNOWN', so the
-- column holds only the region names the members service publishes.
alter table member_profile alter column region drop not null;
update member_profile set region = null where region = 'UNKNOWN';
