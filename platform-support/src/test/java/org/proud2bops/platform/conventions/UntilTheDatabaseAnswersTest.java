package org.proud2bops.platform.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.inbox.MalformedEventException;
import org.proud2bops.platform.inbox.UntilTheDatabaseAnswers;

/** An event is tried again while the database is unavailable, and never for a failure the message itself caused. */
class UntilTheDatabaseAnswersTest {

    @Test
    void aBrokenConnectionIsWaitedOutAndTheEventApplied() {
        AtomicInteger attempts = new AtomicInteger();

        UntilTheDatabaseAnswers.apply(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("commit failed", new SQLException("I/O error", "08006"));
            }
        });

        assertThat(attempts).hasValue(3);
    }

    @Test
    void aFailureCausedByTheDataIsThrownAtOnce() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> UntilTheDatabaseAnswers.apply(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("insert failed", new SQLException("duplicate key", "23505"));
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aFailureThatIsNotTheDatabasesIsThrownAtOnce() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> UntilTheDatabaseAnswers.apply(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalArgumentException("not a member event");
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aRecordIsHandedOnAsAnEventOrATombstoneAndAnythingElseIsThrownForTheDeadLetters() {
        List<String> seen = new ArrayList<>();
        ConsumerRecord<String, String> event = new ConsumerRecord<>("topic", 0, 0, "key-1", "{\"a\":1}");
        Map.of("ce_id", "e-1", "ce_type", "Joined", "ce_source", "/test", "ce_time", "2026-11-29T10:00:00Z")
                .forEach((name, value) -> event.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));

        UntilTheDatabaseAnswers.applyRecord(
                event, e -> seen.add("event " + e.id()), key -> seen.add("tombstone " + key));
        UntilTheDatabaseAnswers.applyRecord(
                new ConsumerRecord<>("topic", 0, 1, "key-2", null),
                e -> seen.add("event " + e.id()),
                key -> seen.add("tombstone " + key));

        assertThat(seen).containsExactly("event e-1", "tombstone key-2");
        assertThatThrownBy(() -> UntilTheDatabaseAnswers.applyRecord(
                        new ConsumerRecord<>("topic", 0, 2, "key-3", "{}"),
                        e -> seen.add("event"),
                        key -> seen.add("t")))
                .isInstanceOf(MalformedEventException.class);
        assertThat(seen).hasSize(2);
    }

    @Test
    void aMissingFieldIsAMalformedEventAndAKeyNamesAUuidOrNothing() {
        IncomingCloudEvent event = new IncomingCloudEvent("e-1", "Joined", "/test", Instant.EPOCH, null, "{}");

        assertThat(event.require("Priya", "name")).isEqualTo("Priya");
        assertThatThrownBy(() -> event.require(null, "name"))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("lacks name");
        UUID id = UUID.randomUUID();
        assertThat(IncomingCloudEvent.uuidKey(id.toString())).contains(id);
        assertThat(IncomingCloudEvent.uuidKey("no-headers-1")).isEmpty();
        assertThat(IncomingCloudEvent.uuidKey(null)).isEmpty();
    }
}
