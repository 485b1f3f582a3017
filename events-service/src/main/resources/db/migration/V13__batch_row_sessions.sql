-- Bulk registration rows may choose sessions (issue 14): what the row's transaction booked, per session chosen
-- ([{"sessionId", "status", "position"}] as JSON text), kept with the row's outcome; null for a row that chose none.
alter table registration_batch_row add column session_outcomes text;
