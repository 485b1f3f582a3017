-- The identity provider's subject a member signed in with (linked on first sign-in), and directory opt-in.
alter table member add column subject varchar(255);
alter table member add column directory_visible boolean not null default false;
create unique index member_subject_unique on member (subject);
