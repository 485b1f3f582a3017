-- Richer events (issue 14 point 1): partner organisations, tags, registration questions, an online joining link and a
-- registration window; a registration keeps the answers to the event's questions.

-- partners: [{"name", "url"?, "odsCode"?}]; questions: [{"key", "label", "kind", "options"?, "required"}]
-- tags: lower-case, each once. online_link: shown only to confirmed attendees and those who run events.
-- registration_opens_at null: open once published; registration_closes_at null: closes when the event starts.
alter table event
    add column partners              jsonb        not null default '[]'::jsonb,
    add column tags                  varchar(40)[] not null default '{}',
    add column questions             jsonb        not null default '[]'::jsonb,
    add column online_link           varchar(500),
    add column registration_opens_at  timestamptz,
    add column registration_closes_at timestamptz,
    add constraint event_registration_closes_by_start
        check (registration_closes_at is null or registration_closes_at <= starts_at),
    add constraint event_registration_opens_before_close
        check (registration_opens_at is null or registration_opens_at < coalesce(registration_closes_at, starts_at));
-- Listing events by tag (?tag=): array containment
create index event_by_tag on event using gin (tags);

-- The answers to the event's questions ({"<question key>": "<answer>"}): personal data (access or dietary needs),
-- set to null when the attendee (member or guest) is erased. Null when nothing was answered.
alter table registration add column answers jsonb;
