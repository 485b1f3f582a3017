package org.proud2bops.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.proud2bops.gateway.config.GatewayConfig;
import org.proud2bops.gateway.openapi.PlatformApi;

/**
 * Ready when every upstream's document is in the current merge and the upstream itself reports ready on its
 * management interface ({@code /q/health/ready}); the data names each upstream's state: {@code UP},
 * {@code NOT READY: <its checks that are down>} or {@code DOWN: <why it could not be reached>}.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    static final String UP = "UP";
    private static final String READINESS_PATH = "/q/health/ready";

    private final PlatformApi platformApi;
    private final GatewayConfig config;
    private final WebClient client;

    public UpstreamsReadiness(PlatformApi platformApi, GatewayConfig config, Vertx vertx) {
        this.platformApi = platformApi;
        this.config = config;
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(1_000));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        var unavailable = platformApi.current().unavailableServices();
        List<String> services = config.services().keySet().stream().sorted().toList();
        List<Future<String>> states = services.stream()
                .map(service -> unavailable.containsKey(service)
                        ? Future.succeededFuture("DOWN: " + unavailable.get(service))
                        : stateOf(config.services().get(service)))
                .toList();
        return Uni.createFrom()
                .completionStage(Future.join(states).toCompletionStage())
                .map(ignored -> {
                    HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams")
                            .status(states.stream()
                                    .allMatch(state -> state.result().equals(UP)));
                    for (int i = 0; i < services.size(); i++) {
                        response.withData(services.get(i), states.get(i).result());
                    }
                    return response.build();
                });
    }

    private Future<String> stateOf(GatewayConfig.Upstream upstream) {
        return client.getAbs(URI.create(upstream.managementUrl())
                        .resolve(READINESS_PATH)
                        .toString())
                .timeout(2_000)
                .send()
                .map(response -> response.statusCode() == 200 ? UP : "NOT READY: " + checksDown(response))
                .otherwise(failure -> "DOWN: readiness not answered (" + failure.getMessage() + ")");
    }

    private static String checksDown(HttpResponse<?> response) {
        try {
            JsonObject body = response.bodyAsJsonObject();
            String names = body.getJsonArray("checks").stream()
                    .map(JsonObject.class::cast)
                    .filter(check -> !UP.equals(check.getString("status")))
                    .map(check -> check.getString("name"))
                    .collect(Collectors.joining(", "));
            return names.isEmpty() ? "answered " + response.statusCode() : names;
        } catch (RuntimeException notAHealthReport) {
            return "answered " + response.statusCode();
        }
    }
}
