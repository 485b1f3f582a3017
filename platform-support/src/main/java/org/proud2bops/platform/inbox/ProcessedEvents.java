package org.proud2bops.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotent-consumer record: an event id is stored in the same transaction as the change it caused, so a
 * redelivered event is recognised and skipped.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    public ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return true the first time this consumer sees the event id, false for every redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return entityManager
                        .createNativeQuery("""
                insert into processed_event (consumer, event_id, processed_at) values (:consumer, :eventId, now())
                on conflict do nothing""")
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", eventId)
                        .executeUpdate()
                == 1;
    }
}
