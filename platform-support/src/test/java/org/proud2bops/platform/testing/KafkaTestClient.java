package org.proud2bops.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes raw Kafka records in tests, to see exactly what a service published or to feed it input. */
public final class KafkaTestClient {

    private KafkaTestClient() {}

    /** Waits until a record on the topic matches, reading the topic from its beginning. */
    public static ConsumerRecord<String, String> awaitRecord(
            String bootstrapServers,
            String topic,
            Predicate<ConsumerRecord<String, String>> matching,
            Duration timeout) {
        return awaitRecords(bootstrapServers, topic, matching, 1, timeout).getFirst();
    }

    public static List<ConsumerRecord<String, String>> awaitRecords(
            String bootstrapServers,
            String topic,
            Predicate<ConsumerRecord<String, String>> matching,
            int count,
            Duration timeout) {
        List<ConsumerRecord<String, String>> found = read(bootstrapServers, topic, matching, count, timeout);
        if (found.size() < count) {
            throw new AssertionError("Expected " + count + " matching record(s) on " + topic + " within " + timeout
                    + " but found " + found.size());
        }
        return found;
    }

    /** The matching records the topic holds, read for the whole {@code period}: to show something did not arrive. */
    public static List<ConsumerRecord<String, String>> recordsWithin(
            String bootstrapServers,
            String topic,
            Predicate<ConsumerRecord<String, String>> matching,
            Duration period) {
        return read(bootstrapServers, topic, matching, Integer.MAX_VALUE, period);
    }

    private static List<ConsumerRecord<String, String>> read(
            String bootstrapServers,
            String topic,
            Predicate<ConsumerRecord<String, String>> matching,
            int enough,
            Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && found.size() < enough) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                }
            }
            return found;
        }
    }

    /** Publishes one record with the given headers and waits for the broker's acknowledgement. */
    public static void send(
            String bootstrapServers, String topic, String key, String value, Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, headerValue) -> recordHeaders.add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish a test record to " + topic, e);
        }
    }

    /**
     * The headers of a binary-mode CloudEvent as another service's outbox writes them (JSON payload, time now), for
     * records a test sends as that service would.
     */
    public static Map<String, String> cloudEventHeaders(String eventId, String type, String source) {
        return Map.of(
                "ce_specversion",
                "1.0",
                "ce_id",
                eventId,
                "ce_type",
                type,
                "ce_source",
                source,
                "ce_time",
                Instant.now().toString(),
                "content-type",
                "application/json");
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
