-- View counts (views/ViewCounter): reads of published items are counted in memory and added here in batches, one row
-- per item per UTC day, with INSERT ... ON CONFLICT DO UPDATE SET views = views + excluded.views, so reads never wait
-- on one row and several instances add up correctly.
create table content_item_view (
    item_id uuid   not null references content_item (id) on delete cascade,
    day     date   not null,
    views   bigint not null check (views > 0),
    primary key (item_id, day)
);

-- Most read in a period: the days first
create index content_item_view_day on content_item_view (day, item_id);
