-- A batch row's session outcomes are a JSON column like every other (read and written by platform-support's
-- JsonColumns mapper), stored as jsonb.
alter table registration_batch_row alter column session_outcomes type jsonb using session_outcomes::jsonb;
