package org.proud2bops.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.proud2bops.gateway.config.GatewayConfig;

/**
 * Keeps the merged document current: fetches every service's OpenAPI from its management interface at start and then
 * periodically, so a service that comes back is merged and routed again without restarting the gateway.
 */
@ApplicationScoped
public class PlatformApi {

    private static final Logger LOG = Logger.getLogger(PlatformApi.class);
    /** Where a service serves its document: on its management interface, not on the port requests go to. */
    private static final String DOCUMENT_PATH = "/q/openapi?format=json";

    private final GatewayConfig config;
    private final ObjectMapper mapper;
    private final OpenApiMerger merger;
    private final WebClient client;
    private final AtomicReference<MergedApi> current = new AtomicReference<>();

    public PlatformApi(GatewayConfig config, ObjectMapper mapper, Vertx vertx) {
        this.config = config;
        this.mapper = mapper;
        this.merger = new OpenApiMerger(mapper, config.publicUrl(), config.docsSignInDiscoveryUrl());
        this.client = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setConnectTimeout(2_000)
                        .setIdleTimeout(5)
                        .setIdleTimeoutUnit(TimeUnit.SECONDS));
        this.current.set(merger.merge(List.of()));
    }

    void startRefreshing(@Observes StartupEvent startup, Vertx vertx) {
        refresh();
        vertx.setPeriodic(config.openapiRefreshInterval().toMillis(), tick -> refresh());
    }

    public MergedApi current() {
        return current.get();
    }

    /** Fetches all documents again; completes when the new merge is in place. */
    public Future<MergedApi> refresh() {
        List<Future<ServiceDocument>> fetches = config.services().entrySet().stream()
                .map(service -> fetch(service.getKey(), service.getValue()))
                .toList();
        return Future.join(fetches).transform(ignored -> {
            MergedApi previous = current.get();
            MergedApi merged =
                    merger.merge(fetches.stream().map(Future::result).toList()).rememberingRoutesOf(previous);
            current.set(merged);
            if (!merged.unavailableServices().equals(previous.unavailableServices())) {
                LOG.infof(
                        "Merged OpenAPI now has %d operations; unavailable services: %s; conflicts: %s",
                        merged.routes().size(), merged.unavailableServices(), merged.conflicts());
            }
            return Future.succeededFuture(merged);
        });
    }

    private Future<ServiceDocument> fetch(String service, GatewayConfig.Upstream upstream) {
        return client.getAbs(URI.create(upstream.managementUrl())
                        .resolve(DOCUMENT_PATH)
                        .toString())
                .putHeader("Accept", "application/json")
                .timeout(5_000)
                .send()
                .map(response -> response.statusCode() == 200
                        ? ServiceDocument.available(service, parse(response.bodyAsString()))
                        : ServiceDocument.unavailable(service, "answered " + response.statusCode()))
                .otherwise(failure -> ServiceDocument.unavailable(
                        service, failure.getClass().getSimpleName() + ": " + failure.getMessage()));
    }

    private ObjectNode parse(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("not an OpenAPI JSON document", e);
        }
    }
}
