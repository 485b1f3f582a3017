package org.proud2bops.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes unsent outbox events in the order they were recorded and marks each sent once the broker acknowledged it.
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances share the work without sending an event
 * twice; if the broker is down the rows stay unsent and the next run tries again.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxEventRepository events;
    private final CloudEventProducer producer;
    private final OutboxConfig config;

    public OutboxRelay(OutboxEventRepository events, CloudEventProducer producer, OutboxConfig config) {
        this.events = events;
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

    /**
     * Sends the first event alone and the rest only once the broker acknowledged it, so an unreachable broker costs
     * one send timeout per run rather than one per event.
     *
     * @return how many events were published; fewer than the batch size means nothing is left or the broker failed
     */
    private int publishBatch() {
        List<OutboxEvent> batch = events.claimUnsent(config.batchSize());
        if (batch.isEmpty() || !acknowledged(batch.getFirst(), producer.send(batch.getFirst()))) {
            return 0;
        }
        List<OutboxEvent> rest = batch.subList(1, batch.size());
        List<Future<RecordMetadata>> acknowledgements =
                rest.stream().map(producer::send).toList();
        for (int i = 0; i < rest.size(); i++) {
            // Stop at the first failure so an aggregate's later events never overtake an earlier unsent one.
            if (!acknowledged(rest.get(i), acknowledgements.get(i))) {
                return i + 1;
            }
        }
        return batch.size();
    }

    private boolean acknowledged(OutboxEvent event, Future<RecordMetadata> acknowledgement) {
        try {
            acknowledgement.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            event.sentAt = Instant.now();
            return true;
        } catch (Exception failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            event.attempts++;
            event.lastError = failure.toString();
            LOG.warnf(
                    "Outbox event %s (%s) not published yet, will retry: %s",
                    event.id, event.type, failure.getMessage());
            return false;
        }
    }
}
