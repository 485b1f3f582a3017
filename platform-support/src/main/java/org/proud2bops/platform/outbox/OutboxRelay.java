package org.proud2bops.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes unsent outbox events in the order they happened and marks each sent once the broker acknowledged it.
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances share the work without sending an event
 * twice; if the broker is down the rows stay unsent and the next run tries again.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final CloudEventProducer producer;
    private final OutboxConfig config;

    public OutboxRelay(EntityManager entityManager, CloudEventProducer producer, OutboxConfig config) {
        this.entityManager = entityManager;
        this.producer = producer;
        this.config = config;
    }

    @Scheduled(every = "${platform.outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        int published;
        do {
            published = QuarkusTransaction.requiringNew().call(this::publishBatch);
        } while (published == config.batchSize());
    }

    /** @return how many events were published; fewer than the batch size means nothing is left or the broker failed */
    private int publishBatch() {
        List<OutboxEvent> batch = claimBatch();
        List<Future<RecordMetadata>> acknowledgements = batch.stream().map(producer::send).toList();
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                acknowledgements.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                event.sentAt = Instant.now();
            } catch (Exception failure) {
                // Stop here so an aggregate's later events never overtake an earlier one that is still unsent.
                event.attempts++;
                event.lastError = failure.toString();
                LOG.warnf("Outbox event %s (%s) not published yet, will retry: %s", event.id, event.type,
                        failure.getMessage());
                return i;
            }
        }
        return batch.size();
    }

    @SuppressWarnings("unchecked")
    private List<OutboxEvent> claimBatch() {
        return entityManager.createNativeQuery("""
                select * from outbox_event where sent_at is null
                order by "timestamp", id limit :batchSize for update skip locked""", OutboxEvent.class)
                .setParameter("batchSize", config.batchSize())
                .getResultList();
    }
}
