package org.proud2bops.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends outbox events as CloudEvents in binary mode: attributes in {@code ce_*} headers, the JSON payload as value. A
 * tombstone goes out as the key alone: no value, no headers.
 */
@ApplicationScoped
public class CloudEventProducer {

    private final KafkaProducer<String, String> producer;
    private final String source;

    public CloudEventProducer(
            @Identifier("default-kafka-broker") Map<String, Object> kafkaDefaults, OutboxConfig config) {
        this.source = config.source();
        this.producer =
                new KafkaProducer<>(producerProperties(kafkaDefaults), new StringSerializer(), new StringSerializer());
    }

    Future<RecordMetadata> send(OutboxEvent event) {
        if (event.isTombstone()) {
            return producer.send(new ProducerRecord<>(event.topic, event.aggregateId, null));
        }
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.id.toString());
        header(headers, "ce_type", event.type);
        header(headers, "ce_source", source);
        header(headers, "ce_time", event.occurredAt.toString());
        header(headers, "ce_subject", event.aggregateId);
        header(headers, "content-type", "application/json");
        return producer.send(new ProducerRecord<>(event.topic, null, event.aggregateId, event.payload, headers));
    }

    @PreDestroy
    void close() {
        producer.close();
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> producerProperties(Map<String, Object> kafkaDefaults) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaDefaults.get("bootstrap.servers"));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return properties;
    }
}
