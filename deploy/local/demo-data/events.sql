-- Demo events for the local run (events-service has no write API yet). Safe to rerun.
insert into event (id, title, summary, kind, status, starts_at, ends_at, time_zone, venue, online, capacity) values
  ('5f1f6a0e-2f5c-4a77-9a3e-0c1b7d2a1001', 'NHS Operations Leadership Summit 2027',
   'A day in London for chief operating officers, directors and senior operational leaders: patient flow, winter planning and leading through change, with partner organisations on the exhibition floor.',
   'SUMMIT', 'PUBLISHED', '2027-11-04 09:00:00+00', '2027-11-04 17:00:00+00', 'Europe/London', 'London', false, 3000),
  ('5f1f6a0e-2f5c-4a77-9a3e-0c1b7d2a1002', 'Operational and medical leaders together',
   'A joint online session with the Faculty of Medical Leadership and Management, open to operational managers and medical leaders in provider organisations, members or not.',
   'ONLINE_SESSION', 'PUBLISHED', '2027-03-11 12:30:00+00', '2027-03-11 13:45:00+00', 'Europe/London', null, true, 500),
  ('5f1f6a0e-2f5c-4a77-9a3e-0c1b7d2a1003', 'North West regional network meeting',
   'Quarterly meeting of the North West network: sharing what worked this winter.',
   'REGIONAL_MEETING', 'PUBLISHED', '2027-04-22 13:00:00+01', '2027-04-22 16:00:00+01', 'Europe/London', 'Manchester', false, 80),
  ('5f1f6a0e-2f5c-4a77-9a3e-0c1b7d2a1004', 'Foundations of operational management',
   'A free five-week online course for new operational managers, one evening a week.',
   'COURSE', 'PUBLISHED', '2027-05-06 18:00:00+01', '2027-06-03 19:30:00+01', 'Europe/London', null, true, 200),
  ('5f1f6a0e-2f5c-4a77-9a3e-0c1b7d2a1005', 'Winter pressures tweet chat',
   'An hour of questions and answers on preparing for winter, under the network''s hashtag.',
   'TWEET_CHAT', 'PUBLISHED', '2027-09-30 19:00:00+01', '2027-09-30 20:00:00+01', 'Europe/London', null, true, 0)
on conflict (id) do nothing;
