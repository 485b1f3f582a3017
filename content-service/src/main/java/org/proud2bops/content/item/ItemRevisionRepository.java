package org.proud2bops.content.item;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ItemRevisionRepository implements PanacheRepositoryBase<ItemRevision, UUID> {

    /** An item's revisions, newest first. */
    public PanacheQuery<ItemRevision> history(UUID itemId) {
        return find("itemId", Sort.by("number").descending(), itemId);
    }

    public Optional<ItemRevision> find(UUID itemId, int number) {
        return find("itemId = ?1 and number = ?2", itemId, number).firstResultOptional();
    }

    /** The number the item's next revision gets; the caller holds the item's row lock. */
    public int nextNumber(UUID itemId) {
        Integer last = getEntityManager()
                .createQuery("select max(r.number) from ItemRevision r where r.itemId = :itemId", Integer.class)
                .setParameter("itemId", itemId)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }
}
