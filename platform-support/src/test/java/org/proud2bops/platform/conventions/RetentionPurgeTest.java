package org.proud2bops.platform.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.retention.RetentionPurge;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class RetentionPurgeTest {

    @Inject
    RetentionPurge retentionPurge;

    @Inject
    EntityManager entityManager;

    @Test
    void removesOnlyBookkeepingOlderThanItsRetention() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(60));
        Instant recently = Instant.now().minus(Duration.ofMinutes(5));
        String oldKey = insertIdempotencyRecord(longAgo);
        String newKey = insertIdempotencyRecord(recently);
        String oldEvent = insertProcessedEvent(longAgo);
        String newEvent = insertProcessedEvent(recently);
        UUID oldOutbox = insertSentOutboxEvent(longAgo);
        UUID unsentOutbox = insertUnsentOutboxEvent(longAgo);

        retentionPurge.purge();

        assertThat(count("idempotency_record", "idempotency_key", oldKey)).isZero();
        assertThat(count("idempotency_record", "idempotency_key", newKey)).isOne();
        assertThat(count("processed_event", "event_id", oldEvent)).isZero();
        assertThat(count("processed_event", "event_id", newEvent)).isOne();
        assertThat(count("outbox_event", "id", oldOutbox)).isZero();
        assertThat(count("outbox_event", "id", unsentOutbox))
                .as("an unsent event is never purged")
                .isOne();
    }

    private String insertIdempotencyRecord(Instant createdAt) {
        String key = UUID.randomUUID().toString();
        execute(
                "insert into idempotency_record (scope, idempotency_key, request_fingerprint, response_status, created_at)"
                        + " values ('test', ?1, 'f', 201, ?2)",
                key,
                createdAt);
        return key;
    }

    private String insertProcessedEvent(Instant processedAt) {
        String eventId = UUID.randomUUID().toString();
        execute(
                "insert into processed_event (consumer, event_id, processed_at) values ('test', ?1, ?2)",
                eventId,
                processedAt);
        return eventId;
    }

    private UUID insertSentOutboxEvent(Instant sentAt) {
        UUID id = UUID.randomUUID();
        execute(
                "insert into outbox_event (id, aggregatetype, aggregateid, type, payload, \"timestamp\", sent_at)"
                        + " values (?1, 'test.v1', 'a', 't', '{}'::jsonb, ?2, ?2)",
                id,
                sentAt);
        return id;
    }

    private UUID insertUnsentOutboxEvent(Instant occurredAt) {
        UUID id = UUID.randomUUID();
        execute(
                "insert into outbox_event (id, aggregatetype, aggregateid, type, payload, \"timestamp\")"
                        + " values (?1, 'test.v1', 'a', 't', '{}'::jsonb, ?2)",
                id,
                occurredAt);
        return id;
    }

    private void execute(String sql, Object first, Object second) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(sql)
                        .setParameter(1, first)
                        .setParameter(2, second)
                        .executeUpdate());
    }

    private long count(String table, String column, Object value) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                                .setParameter(1, value)
                                .getSingleResult())
                        .longValue());
    }
}
