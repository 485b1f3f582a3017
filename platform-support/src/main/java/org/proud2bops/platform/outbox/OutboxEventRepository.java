package org.proud2bops.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The outbox table: facts recorded by the services, waiting for the relay or already sent. */
@ApplicationScoped
public class OutboxEventRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /**
     * The oldest unsent events, locked for this transaction; another relay instance skips them rather than waiting,
     * so instances never publish the same event twice at once.
     */
    @SuppressWarnings("unchecked")
    List<OutboxEvent> claimUnsent(int batchSize) {
        return getEntityManager()
                .createNativeQuery("""
                select * from outbox_event where sent_at is null
                order by position limit :batchSize for update skip locked""", OutboxEvent.class)
                .setParameter("batchSize", batchSize)
                .getResultList();
    }

    long deleteAbout(String aggregateId) {
        return delete("aggregateId", aggregateId);
    }
}
