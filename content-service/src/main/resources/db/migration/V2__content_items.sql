-- Content items (articles, news, interviews, opportunities, calls, abstracts, event announcements), their topics and
-- their revisions. Guest authors and external links are small bounded lists kept as JSON on the item.
create table content_item (
    id            uuid primary key,
    kind          varchar(30)  not null,
    status        varchar(20)  not null,
    title         varchar(200) not null,
    slug          varchar(120) not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    language      varchar(35)  not null,
    summary       varchar(1000) not null,
    body          text         not null,
    body_html     text         not null,
    authors       jsonb        not null,
    links         jsonb        not null,
    series_name   varchar(200),
    series_part   integer,
    series_of     integer,
    closes_at     timestamp with time zone,
    visibility    varchar(20)  not null,
    publish_at    timestamp with time zone,
    published_at  timestamp with time zone,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint       not null default 0,
    constraint content_item_slug_per_language unique (language, slug),
    constraint content_item_series_complete check (
        (series_name is null and series_part is null and series_of is null)
        or (series_name is not null and series_part between 1 and series_of))
);

-- The read API: published items, newest first, by kind, language or series
create index content_item_published on content_item (status, published_at desc, id desc);
create index content_item_series on content_item (series_name, series_part) where series_name is not null;
-- The publishing job: scheduled items that are due
create index content_item_due on content_item (publish_at) where status = 'SCHEDULED';

create table content_item_topic (
    item_id    uuid        not null references content_item (id) on delete cascade,
    position   integer     not null,
    topic_slug varchar(60) not null references topic (slug),
    -- No unique (item_id, topic_slug): reordering updates rows one by one; the service refuses a topic named twice
    primary key (item_id, position)
);
create index content_item_topic_by_topic on content_item_topic (topic_slug, item_id);

-- Every change of an item: who, when, which fields, and the item's content as it was after the change
create table content_item_revision (
    id             uuid         primary key,
    item_id        uuid         not null references content_item (id) on delete cascade,
    number         integer      not null,
    created_at     timestamp with time zone not null,
    editor         varchar(255) not null,
    change         varchar(20)  not null,
    changed_fields jsonb        not null,
    restored_from  integer,
    snapshot       jsonb        not null,
    unique (item_id, number)
);
