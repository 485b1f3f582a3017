-- Tables every service has: the outbox (Debezium outbox column names), the idempotent-consumer record and the
-- stored outcomes of idempotent creating requests.

create table outbox_event (
    id            uuid primary key,
    aggregatetype varchar(255) not null,
    aggregateid   varchar(255) not null,
    type          varchar(255) not null,
    payload       jsonb        not null,
    "timestamp"   timestamptz  not null,
    sent_at       timestamptz,
    attempts      integer      not null default 0,
    last_error    text
);
create index outbox_event_unsent on outbox_event ("timestamp", id) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(255) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);

create table idempotency_record (
    scope               varchar(300) not null,
    idempotency_key     varchar(255) not null,
    request_fingerprint varchar(64)  not null,
    response_status     integer      not null,
    response_location   text,
    response_etag       varchar(100),
    response_body       text,
    created_at          timestamptz  not null,
    primary key (scope, idempotency_key)
);
create index idempotency_record_created_at on idempotency_record (created_at);
