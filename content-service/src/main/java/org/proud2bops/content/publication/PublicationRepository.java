package org.proud2bops.content.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proud2bops.content.item.ContentItem;
import org.proud2bops.content.item.ItemStatus;

/**
 * The read side's queries over content items: published ones only. Lists are SQL over {@code content_item c}, so
 * full-text search (the stored {@code search_vector}, its GIN index and the item's {@code search_config}, V3) combines
 * with every filter.
 */
@ApplicationScoped
public class PublicationRepository implements PanacheRepositoryBase<ContentItem, UUID> {

    /** Newest first; ties by id, so pages never overlap. */
    private static final String NEWEST_FIRST = "c.published_at desc, c.id desc";

    /**
     * The user's text as a query in each configuration; an item matches in its own one (english for English, simple
     * for the rest), so the GIN index answers both halves.
     */
    private static final String MATCHES = "((c.search_config = cast('english' as regconfig)"
            + " and c.search_vector @@ websearch_to_tsquery('english', :q))"
            + " or (c.search_config = cast('simple' as regconfig)"
            + " and c.search_vector @@ websearch_to_tsquery('simple', :q)))";

    /** ts_headline's options: the matched words between two control characters the text is stripped of first. */
    static final char MARK_START = '\u0002';

    static final char MARK_STOP = '\u0003';
    private static final String HEADLINE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** The published items a filter selects: an SQL condition on {@code c} and its parameters. */
    record Selection(String where, Map<String, Object> parameters) {}

    /**
     * The list's size, its latest change (µs since the epoch), how many of it have closed, and the largest change
     * number of the events its items are related to (0 for none; it moves at every change of one of them): its ETag's
     * input.
     */
    public record Fingerprint(long total, long lastChange, long closed, long relatedEvents) {}

    /** One found item: its relevance and a snippet (ts_headline's text, matches between the two marks). */
    public record Hit(UUID id, double rank, String snippet) {}

    Selection selection(PublicationFilter filter, boolean withMembersOnly, Instant now) {
        List<String> conditions = new ArrayList<>(List.of("c.status = 'PUBLISHED'"));
        Map<String, Object> parameters = new HashMap<>();
        if (!withMembersOnly) {
            conditions.add("c.visibility = 'PUBLIC'");
        }
        if (filter.kind() != null) {
            conditions.add("c.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.topic() != null) {
            conditions.add(
                    "exists (select 1 from content_item_topic t where t.item_id = c.id and t.topic_slug = :topic)");
            parameters.put("topic", filter.topic());
        }
        if (filter.language() != null) {
            // A canonical tag has only letters, digits and hyphens: nothing LIKE treats specially
            conditions.add("(c.language = :language or c.language like :languagePrefix)");
            parameters.put("language", filter.language());
            parameters.put("languagePrefix", filter.language() + "-%");
        }
        if (filter.series() != null) {
            conditions.add("c.series_name = :series");
            parameters.put("series", filter.series());
        }
        if (filter.publishedFrom() != null) {
            conditions.add("c.published_at >= :publishedFrom");
            parameters.put("publishedFrom", filter.publishedFrom());
        }
        if (filter.publishedBefore() != null) {
            conditions.add("c.published_at < :publishedBefore");
            parameters.put("publishedBefore", filter.publishedBefore());
        }
        if (filter.openCallsOnly()) {
            conditions.add("c.kind in ('OPPORTUNITY', 'CALL_FOR_ABSTRACTS', 'CALL_FOR_SPEAKERS')"
                    + " and (c.closes_at is null or c.closes_at > :now)");
            parameters.put("now", now);
        }
        if (filter.relatedEvent() != null) {
            conditions.add("c.related_event_id = :relatedEvent");
            parameters.put("relatedEvent", filter.relatedEvent());
        }
        if (filter.author() != null) {
            conditions.add("exists (select 1 from content_item_member_author a where a.item_id = c.id"
                    + " and a.member_id = :author and not a.former)");
            parameters.put("author", filter.author());
        }
        if (filter.searches()) {
            conditions.add(MATCHES);
            parameters.put("q", filter.query());
        }
        return new Selection(String.join(" and ", conditions), parameters);
    }

    Fingerprint fingerprint(Selection selection, Instant now) {
        Object[] row = (Object[]) query(
                        "select count(*), cast(coalesce(floor(extract(epoch from max(c.updated_at)) * 1000000), 0)"
                                + " as bigint), count(*) filter (where c.closes_at <= :closedBy),"
                                + " coalesce(max(e.change_number), 0)"
                                + " from content_item c left join related_event e on e.event_id = c.related_event_id"
                                + " where " + selection.where(),
                        selection)
                .setParameter("closedBy", now)
                .getSingleResult();
        return new Fingerprint(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    /** A page of the selection, newest first. */
    @SuppressWarnings("unchecked")
    List<ContentItem> page(Selection selection, int offset, int limit) {
        Query query = getEntityManager()
                .createNativeQuery(
                        "select c.* from content_item c where " + selection.where() + " order by " + NEWEST_FIRST
                                + " limit :limit offset :offset",
                        ContentItem.class)
                .setParameter("limit", limit)
                .setParameter("offset", offset);
        selection.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /** A page of a search's selection, most relevant first (ts_rank_cd), then newest first. */
    @SuppressWarnings("unchecked")
    List<Hit> searchPage(Selection selection, int offset, int limit) {
        List<Object[]> rows = query(
                        "select p.id, p.rank, ts_headline(p.search_config,"
                                + " translate(p.summary || ' ' || p.body, chr(2) || chr(3), ''),"
                                + " websearch_to_tsquery(p.search_config, :q), :headline)"
                                + " from (select c.id, c.search_config, c.summary, c.body, c.published_at,"
                                + " ts_rank_cd(c.search_vector, websearch_to_tsquery(c.search_config, :q)) as rank"
                                + " from content_item c where " + selection.where()
                                + " order by rank desc, " + NEWEST_FIRST + " limit :limit offset :offset) p"
                                + " order by p.rank desc, p.published_at desc, p.id desc",
                        selection)
                .setParameter("headline", HEADLINE_OPTIONS)
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return rows.stream()
                .map(row -> new Hit((UUID) row[0], ((Number) row[1]).doubleValue(), (String) row[2]))
                .toList();
    }

    /** The items with these ids, in the order of the ids. */
    List<ContentItem> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ContentItem> byId =
                list("id in ?1", ids).stream().collect(Collectors.toMap(item -> item.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    /** The latest change to any item (µs since the epoch; 0 when there is none): every feed's Last-Modified. */
    long lastChange() {
        return number(getEntityManager()
                .createNativeQuery("select cast(coalesce(floor(extract(epoch from max(updated_at)) * 1000000), 0)"
                        + " as bigint) from content_item")
                .getSingleResult());
    }

    /** The published items with this slug (in any language), originals first, then in the order they were published. */
    List<ContentItem> publishedWithSlug(String slug) {
        List<ContentItem> named = new ArrayList<>(
                find("status = ?1 and slug = ?2", Sort.by("publishedAt").and("id"), ItemStatus.PUBLISHED, slug)
                        .list());
        named.sort((a, b) -> Boolean.compare(a.translationOf != null, b.translationOf != null));
        return named;
    }

    /** The published originals and translations of these originals' families, in the order they were published. */
    List<ContentItem> publishedFamilies(Collection<UUID> originalIds) {
        return find(
                        "status = ?1 and (id in ?2 or translationOf in ?2)",
                        Sort.by("publishedAt").and("id"),
                        ItemStatus.PUBLISHED,
                        originalIds)
                .list();
    }

    /** The first closing time of a published item after {@code now}; null when none closes later. */
    Instant nextClosing(Instant now) {
        Object next = getEntityManager()
                .createNativeQuery(
                        "select min(closes_at) from content_item where status = 'PUBLISHED' and closes_at > :now",
                        Instant.class)
                .setParameter("now", now)
                .getSingleResult();
        return (Instant) next;
    }

    private Query query(String sql, Selection selection) {
        Query query = getEntityManager().createNativeQuery(sql);
        selection.parameters().forEach(query::setParameter);
        return query;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
