-- Bulk registration (issue 14): a batch of attendees is a job. The request stores it (202 + Location) and a worker
-- applies its rows in groups, each group in one transaction with the registrations it makes and the outcomes it
-- reports, so after a restart the worker goes on from next_row: no row is lost or applied twice.
create table registration_batch (
    id            uuid primary key,
    event_id      uuid         not null references event (id),
    dry_run       boolean      not null,
    status        varchar(20)  not null,
    -- Who asked, as their token said: the worker registers as them (the same rules, registeredBy and registeredAs)
    requested_by  varchar(255) not null,
    caller_roles  varchar(500) not null,
    caller_region varchar(40),
    -- The rows still to apply (JSON); emptied when the batch is done, so guests' data is not kept in the job
    attendees     text         not null,
    row_count     integer      not null check (row_count between 1 and 5000),
    next_row      integer      not null default 0 check (next_row between 0 and row_count),
    created_at    timestamptz  not null,
    finished_at   timestamptz,
    version       bigint       not null default 0
);
create index registration_batch_unfinished on registration_batch (created_at) where status <> 'DONE';

-- What happened to each row, written in the transaction that applied it.
create table registration_batch_row (
    batch_id          uuid          not null references registration_batch (id),
    row_index         integer       not null,
    row_number        integer       not null,
    outcome           varchar(20)   not null,
    registration_id   uuid,
    waitlist_position integer,
    problem_type      varchar(200),
    problem_field     varchar(100),
    problem_detail    varchar(1000),
    primary key (batch_id, row_index)
);
