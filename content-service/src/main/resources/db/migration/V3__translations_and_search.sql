-- Translations: an item may be the translation of an original (an item that is itself no translation), one per
-- language per original; the service checks the original's own language and translating a translation.
alter table content_item add column translation_of uuid references content_item (id);
alter table content_item add constraint content_item_translation_not_itself check (translation_of <> id);
alter table content_item add constraint content_item_one_translation_per_language unique (translation_of, language);

-- Full-text search: the text search configuration for an item's language. English (en, en-GB, ...) is stemmed with
-- 'english'; every other language falls back to 'simple' (words lower-cased, no stemming, no stop words: right for
-- languages without a built-in configuration; Chinese text without spaces is one word per run of characters).
create function content_search_config(language varchar) returns regconfig
    language sql immutable parallel safe
as $$
    select case
        when lower(language) = 'en' or lower(language) like 'en-%' then 'english'::regconfig
        else 'simple'::regconfig
    end
$$;

-- Stored with the row and kept by PostgreSQL at every write: the configuration, and the title (weight A), summary (B)
-- and Markdown body (C) as a tsvector, searched through a GIN index.
alter table content_item add column search_config regconfig
    generated always as (content_search_config(language)) stored;
alter table content_item add column search_vector tsvector
    generated always as (
        setweight(to_tsvector(content_search_config(language), title), 'A')
        || setweight(to_tsvector(content_search_config(language), summary), 'B')
        || setweight(to_tsvector(content_search_config(language), body), 'C')) stored;
create index content_item_search on content_item using gin (search_vector);
