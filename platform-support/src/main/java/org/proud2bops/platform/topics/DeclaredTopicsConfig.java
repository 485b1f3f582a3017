package org.proud2bops.platform.topics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * The Kafka topics a service owns and the topic-level settings it needs on them, e.g.
 * {@code platform.kafka.topics."members.member.v1"."cleanup.policy"=compact,delete}. Any topic-level setting of
 * Kafka's may be named; partitions and replicas are left to the broker's defaults.
 */
@ConfigMapping(prefix = "platform.kafka")
public interface DeclaredTopicsConfig {

    /** Topic name to its settings (Kafka's own names and values). */
    Map<String, Map<String, String>> topics();

    /** How soon to try again while the broker cannot be reached. */
    @WithDefault("10s")
    Duration topicsRetryInterval();
}
