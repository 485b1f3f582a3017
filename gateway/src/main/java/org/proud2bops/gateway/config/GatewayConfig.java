package org.proud2bops.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
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

    /**
     * The identity provider's OpenID Connect discovery document, declared in the merged document as the
     * {@code signIn} scheme so Swagger UI at {@code /docs} signs people in (authorization code with PKCE) and
     * generated clients know where tokens come from.
     */
    String docsSignInDiscoveryUrl();

    /** Each client's request budget; a client is a token's client or subject, otherwise a remote address. */
    RateLimit rateLimit();

    /** The largest request body forwarded; larger ones get a 413. */
    @WithDefault("10M")
    MemorySize maxBodySize();

    /** The longest request target (path and query) forwarded; longer ones get a 414. */
    @WithDefault("8192")
    int maxUrlLength();

    /** The most header bytes (names and values) a request may carry; more get a 431. */
    @WithDefault("16384")
    int maxHeaderBytes();

    interface RateLimit {

        /** Requests a client may make per period (also the burst it may spend at once). */
        @WithDefault("600")
        long requests();

        @WithDefault("1M")
        Duration period();
    }

    interface Upstream {

        /** Base URL of the service's public port, where requests are forwarded, e.g. {@code http://localhost:8081}. */
        String url();

        /**
         * Base URL of the service's management interface, where the gateway reads its OpenAPI document
         * ({@code /q/openapi}) and its readiness ({@code /q/health/ready}), e.g. {@code http://localhost:8281}.
         */
        String managementUrl();

        /**
         * The paths the service owns, e.g. {@code /api/members}: while it is down they answer 503, not 404, even
         * before the gateway has seen its document (after that, the operations it last documented do too).
         */
        List<String> pathPrefixes();
    }
}
