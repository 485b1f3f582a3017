package org.proud2bops.platform.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;

/** Keeps the platform's bookkeeping tables from growing without bound. */
@ApplicationScoped
public class RetentionPurge {

    private final EntityManager entityManager;
    private final RetentionConfig config;

    public RetentionPurge(EntityManager entityManager, RetentionConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purge() {
        delete("delete from outbox_event where sent_at < :cutoff", config.publishedEvents());
        delete("delete from idempotency_record where created_at < :cutoff", config.idempotencyKeys());
        delete("delete from processed_event where processed_at < :cutoff", config.processedEvents());
    }

    private void delete(String statement, Duration retention) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(statement)
                        .setParameter("cutoff", Instant.now().minus(retention))
                        .executeUpdate());
    }
}
