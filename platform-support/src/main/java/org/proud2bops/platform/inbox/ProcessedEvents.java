package org.proud2bops.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Consumer;

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

    /**
     * Applies the event with the reader its type names, once per consumer: types without a reader (a topic carries
     * more than one projection reads) and redeliveries are skipped.
     *
     * @return whether the event was applied
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyOnce(
            String consumer, IncomingCloudEvent event, Map<String, Consumer<IncomingCloudEvent>> readersByType) {
        Consumer<IncomingCloudEvent> reader = readersByType.get(event.type());
        if (reader == null || !firstDelivery(consumer, event.id())) {
            return false;
        }
        reader.accept(event);
        return true;
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
