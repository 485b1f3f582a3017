package org.proud2bops.content.publication;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.content.item.ContentItem;
import org.proud2bops.content.item.ContentKind;
import org.proud2bops.content.item.ItemStatus;
import org.proud2bops.content.item.Visibility;

/** The read side's queries over content items: published ones only. */
@ApplicationScoped
public class PublicationRepository implements PanacheRepositoryBase<ContentItem, UUID> {

    private static final List<ContentKind> CLOSING_KINDS =
            List.of(ContentKind.OPPORTUNITY, ContentKind.CALL_FOR_ABSTRACTS, ContentKind.CALL_FOR_SPEAKERS);

    /** Published items matching the filter, newest first (ties by id, so pages never overlap). */
    public PanacheQuery<ContentItem> published(PublicationFilter filter, boolean withMembersOnly, Instant now) {
        List<String> conditions = new ArrayList<>(List.of("status = :published"));
        Map<String, Object> parameters = new HashMap<>(Map.of("published", ItemStatus.PUBLISHED));
        if (!withMembersOnly) {
            conditions.add("visibility = :public");
            parameters.put("public", Visibility.PUBLIC);
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.topic() != null) {
            conditions.add(":topic member of topics");
            parameters.put("topic", filter.topic());
        }
        if (filter.language() != null) {
            conditions.add("language = :language");
            parameters.put("language", filter.language());
        }
        if (filter.series() != null) {
            conditions.add("seriesName = :series");
            parameters.put("series", filter.series());
        }
        if (filter.publishedFrom() != null) {
            conditions.add("publishedAt >= :from");
            parameters.put("from", filter.publishedFrom());
        }
        if (filter.publishedBefore() != null) {
            conditions.add("publishedAt < :before");
            parameters.put("before", filter.publishedBefore());
        }
        if (filter.openCallsOnly()) {
            conditions.add("kind in :closingKinds and (closesAt is null or closesAt > :now)");
            parameters.put("closingKinds", CLOSING_KINDS);
            parameters.put("now", now);
        }
        Sort order = Sort.by("publishedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        return find(String.join(" and ", conditions), order, parameters);
    }

    /**
     * The published item with this slug: in the language asked for, or else the first published of the slug's
     * languages (the original, until translations are linked).
     */
    public Optional<ContentItem> publishedBySlug(String slug, String language) {
        if (language != null) {
            return find("status = ?1 and slug = ?2 and language = ?3", ItemStatus.PUBLISHED, slug, language)
                    .firstResultOptional();
        }
        return find("status = ?1 and slug = ?2", Sort.by("publishedAt").and("id"), ItemStatus.PUBLISHED, slug)
                .firstResultOptional();
    }
}
