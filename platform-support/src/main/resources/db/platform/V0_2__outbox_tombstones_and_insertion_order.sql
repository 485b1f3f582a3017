-- A row without a payload is a tombstone: the relay publishes the aggregate's key with no value (what Debezium's outbox
-- router does with route.tombstone.on.empty.payload), so a compacted topic drops every earlier record of that key.
alter table outbox_event alter column payload drop not null;

-- The order rows were written in, so facts recorded in one transaction (MemberErased, then the key's tombstone) are
-- published in that order even when the clock gives them the same timestamp.
alter table outbox_event add column position bigint generated always as identity;
drop index outbox_event_unsent;
create index outbox_event_unsent on outbox_event (position) where sent_at is null;
