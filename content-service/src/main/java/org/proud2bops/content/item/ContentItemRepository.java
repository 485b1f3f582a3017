package org.proud2bops.content.item;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContentItemRepository implements PanacheRepositoryBase<ContentItem, UUID> {

    /** Items in one status, for editors: most recently changed first. */
    public PanacheQuery<ContentItem> inStatus(ItemStatus status) {
        return find("status", Sort.by("updatedAt").descending().and("id"), status);
    }

    public Optional<ContentItem> findForUpdate(UUID itemId) {
        return findByIdOptional(itemId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether another item than {@code itemId} (null for a new one) has this slug in this language. */
    public boolean slugTaken(String language, String slug, UUID itemId) {
        return itemId == null
                ? count("language = ?1 and slug = ?2", language, slug) > 0
                : count("language = ?1 and slug = ?2 and id <> ?3", language, slug, itemId) > 0;
    }

    /**
     * Whether another item than {@code itemId} (null for a new one) of the family of the original {@code originalId}
     * (the original and its translations) is in this language.
     */
    public boolean languageTakenInFamily(UUID originalId, String language, UUID itemId) {
        String family = "(id = ?1 or translationOf = ?1) and language = ?2";
        return itemId == null
                ? count(family, originalId, language) > 0
                : count(family + " and id <> ?3", originalId, language, itemId) > 0;
    }

    /** Whether some item is a translation of this one. */
    public boolean hasTranslations(UUID itemId) {
        return count("translationOf", itemId) > 0;
    }

    /**
     * Scheduled items whose time has come, locked for this transaction; another instance running the same job skips
     * them instead of waiting, so each is published once.
     */
    @SuppressWarnings("unchecked")
    public List<ContentItem> claimDue(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        select * from content_item where status = 'SCHEDULED' and publish_at <= :now
                        order by publish_at, id limit :limit for update skip locked""", ContentItem.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
