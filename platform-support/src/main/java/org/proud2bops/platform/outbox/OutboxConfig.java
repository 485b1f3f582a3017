package org.proud2bops.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of everything this service publishes, e.g. {@code /members-service}. */
    String source();

    /** Most events published per relay transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge one event before trying again later. */
    @WithDefault("10s")
    Duration sendTimeout();
}
