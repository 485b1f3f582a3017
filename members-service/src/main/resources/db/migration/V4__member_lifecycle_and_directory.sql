-- What a member record carries beyond the basics: role level, organisation (known or proposed), communication
-- preferences, the privacy-notice consent, every status change with who and when, and directory search.
create extension if not exists pg_trgm;

create table organisation_proposal (
    id          uuid primary key,
    name        varchar(200) not null,
    status      varchar(20)  not null,
    ods_code    varchar(10) references organisation (ods_code),
    proposed_at timestamptz  not null,
    resolved_at timestamptz,
    resolved_by varchar(255),
    version     bigint       not null default 0,
    constraint organisation_proposal_accepted_has_ods check (status <> 'ACCEPTED' or ods_code is not null)
);
create index organisation_proposal_pending on organisation_proposal (proposed_at) where status = 'PENDING';

alter table member add column role_level varchar(40) not null default 'OTHER';
alter table member add column organisation_ods varchar(10) references organisation (ods_code);
alter table member add column organisation_proposal_id uuid references organisation_proposal (id);
alter table member add column news_emails boolean not null default false;
alter table member add column event_emails boolean not null default false;
alter table member add column regional_network_emails boolean not null default false;
alter table member add column privacy_notice_version varchar(20);
alter table member add column privacy_notice_accepted_at timestamptz;
alter table member add column erased_at timestamptz;
-- Lower-case name, job title and organisation name, kept by the service, for partial-word search in any order.
alter table member add column search_text varchar(700) not null default '';
alter table member alter column joined_at drop not null;

create index member_organisation on member (organisation_ods);
create index member_status on member (status);
create index member_search_trgm on member using gin (search_text gin_trgm_ops);

create table member_status_change (
    id          bigint generated always as identity primary key,
    member_id   uuid        not null references member (id),
    from_status varchar(20),
    to_status   varchar(20) not null,
    reason      varchar(500),
    changed_by  varchar(255) not null,
    changed_at  timestamptz  not null
);
create index member_status_change_member on member_status_change (member_id, changed_at);

-- Members from before this migration: their current status as the first recorded change.
insert into member_status_change (member_id, from_status, to_status, changed_by, changed_at)
select id, null, status, 'migration', joined_at from member;
update member set search_text = lower(given_name || ' ' || family_name || ' ' || coalesce(job_title, ''));
