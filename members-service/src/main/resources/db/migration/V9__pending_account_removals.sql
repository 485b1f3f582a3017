-- Identity-provider accounts of erased members still to be removed (the provider may be down at erasure). A row holds
-- nothing but the provider's subject and the bookkeeping of the attempts, and goes once the account is gone.
create table pending_account_removal (
    subject         varchar(255) primary key,
    requested_at    timestamptz  not null,
    next_attempt_at timestamptz  not null,
    attempts        integer      not null default 0,
    last_error      varchar(500)
);
create index pending_account_removal_due on pending_account_removal (next_attempt_at);
