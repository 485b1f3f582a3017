package org.proud2bops.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the local run's Kafka holds on {@code members.member.v1}, read from the beginning to its current end. */
final class MemberTopic {

    static final String NAME = "members.member.v1";

    private MemberTopic() {}

    /** Every record the topic holds for the key, oldest first. */
    static List<ConsumerRecord<String, String>> recordsOf(String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalPlatform.KAFKA_BOOTSTRAP,
                ConsumerConfig.GROUP_ID_CONFIG,
                "e2e-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(NAME).stream()
                    .map(info -> new TopicPartition(NAME, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Could not read " + NAME + " to its end within 30 s");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    static String type(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The topic's settings that differ from the broker's defaults, by Kafka's names. */
    static Map<String, String> settings() throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, NAME);
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.KAFKA_BOOTSTRAP))) {
            return admin.describeConfigs(List.of(topic)).all().get().get(topic).entries().stream()
                    .filter(entry -> entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                    .collect(Collectors.toMap(ConfigEntry::name, ConfigEntry::value));
        }
    }
}
