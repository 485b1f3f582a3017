package org.proud2bops.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (members, events, content). */
    Map<String, Upstream> services();

    /** How long an upstream may stay silent before the client gets a 504. */
    @WithDefault("10s")
    Duration upstreamTimeout();

    /** How often the services' OpenAPI documents are fetched again, so a service that came back is routed again. */
    @WithDefault("10s")
    Duration openapiRefreshInterval();

    /**
     * The address clients use to reach the gateway, written into the merged document's {@code servers}; the default,
     * a relative URL, means "wherever this document was fetched from".
     */
    @WithDefault("/")
    String publicUrl();

    interface Upstream {

        /** Base URL of the service, e.g. {@code http://localhost:8081}. */
        String url();

        /** The paths the service owns, e.g. {@code /api/members}: while it is down they answer 503, not 404. */
        String pathPrefix();
    }
}
