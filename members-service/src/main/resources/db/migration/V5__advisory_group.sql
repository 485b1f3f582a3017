-- The advisory group: calls for applications with a deadline, members' applications with a CV and covering letter,
-- and the decisions that make accepted applicants group members for the call's term.
create table advisory_call (
    id             uuid primary key,
    title          varchar(200)  not null,
    description    varchar(4000) not null,
    opens_at       timestamptz   not null,
    closes_at      timestamptz   not null,
    term_starts_on date          not null,
    term_ends_on   date          not null,
    created_at     timestamptz   not null,
    version        bigint        not null default 0,
    constraint advisory_call_closes_after_opening check (closes_at > opens_at),
    constraint advisory_call_term_ends_after_start check (term_ends_on > term_starts_on)
);

create table advisory_application (
    id              uuid primary key,
    call_id         uuid         not null references advisory_call (id),
    member_id       uuid         not null references member (id),
    status          varchar(20)  not null,
    decision_reason varchar(500),
    submitted_at    timestamptz  not null,
    decided_at      timestamptz,
    decided_by      varchar(255),
    version         bigint       not null default 0
);
-- One live application per member and call; a withdrawn one does not stop a new one.
create unique index advisory_application_one_live on advisory_application (call_id, member_id) where status <> 'WITHDRAWN';
create index advisory_application_member on advisory_application (member_id);

create table advisory_document (
    application_id uuid         not null references advisory_application (id) on delete cascade,
    kind           varchar(20)  not null,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     integer      not null,
    content        bytea        not null,
    primary key (application_id, kind)
);
