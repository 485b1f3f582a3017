package org.proud2bops.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.proud2bops.gateway.config.GatewayConfig;
import org.proud2bops.gateway.openapi.PlatformApi;

/** Ready when every upstream answered the last OpenAPI refresh; the data names each upstream's state. */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements HealthCheck {

    private final PlatformApi platformApi;
    private final GatewayConfig config;

    public UpstreamsReadiness(PlatformApi platformApi, GatewayConfig config) {
        this.platformApi = platformApi;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var unavailable = platformApi.current().unavailableServices();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").status(unavailable.isEmpty());
        config.services().keySet().stream().sorted().forEach(service -> response.withData(service,
                unavailable.containsKey(service) ? "DOWN: " + unavailable.get(service) : "UP"));
        return response.build();
    }
}
