package org.proud2bops.platform.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "platform.retention")
public interface RetentionConfig {

    /** Published outbox rows are kept this long for inspection. */
    @WithDefault("7d")
    Duration publishedEvents();

    /** Stored outcomes of idempotent requests: how long a client may retry with the same key. */
    @WithDefault("24h")
    Duration idempotencyKeys();

    /** Processed event ids: longer than any redelivery could come late (Kafka's own retention is 7 days). */
    @WithDefault("30d")
    Duration processedEvents();
}
