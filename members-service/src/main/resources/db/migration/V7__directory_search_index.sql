-- The directory searches active, opted-in members by words and usually a region: one GIN index over both lets
-- PostgreSQL find them without visiting every row the words alone match (btree_gin indexes the region in GIN).
create extension if not exists btree_gin;
create index member_directory_search on member using gin (region, search_text gin_trgm_ops)
    where status = 'ACTIVE' and directory_visible;
