package org.proud2bops.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.proud2bops.gateway.config.GatewayConfig;
import org.proud2bops.gateway.openapi.PlatformApi;

/** Decides where a request goes: only the merged document's operations are routed. */
@ApplicationScoped
public class RouteTable {

    private final PlatformApi platformApi;
    private final GatewayConfig config;

    public RouteTable(PlatformApi platformApi, GatewayConfig config) {
        this.platformApi = platformApi;
        this.config = config;
    }

    public sealed interface Decision {
    }

    /** A documented operation of a service. */
    public record Forward(OperationRoute route) implements Decision {
    }

    /** The path is documented, but not for this method. */
    public record MethodNotAllowed(List<String> allowed) implements Decision {
    }

    /** The path belongs to a service that is unavailable right now. */
    public record ServiceUnavailable(String service) implements Decision {
    }

    public record Unknown() implements Decision {
    }

    public Decision decide(String method, String path) {
        List<OperationRoute> samePath = platformApi.current().routes().stream()
                .filter(route -> route.matchesPath(path))
                .toList();
        Optional<OperationRoute> exact = samePath.stream()
                .filter(route -> route.method().equalsIgnoreCase(method))
                .findFirst();
        if (exact.isPresent()) {
            return new Forward(exact.get());
        }
        if (!samePath.isEmpty()) {
            return new MethodNotAllowed(samePath.stream().map(OperationRoute::method).distinct().sorted().toList());
        }
        return unavailableOwner(path).<Decision>map(ServiceUnavailable::new).orElseGet(Unknown::new);
    }

    private Optional<String> unavailableOwner(String path) {
        return config.services().entrySet().stream()
                .filter(service -> platformApi.unavailableServices().containsKey(service.getKey()))
                .filter(service -> path.equals(service.getValue().pathPrefix())
                        || path.startsWith(service.getValue().pathPrefix() + "/"))
                .map(java.util.Map.Entry::getKey)
                .findFirst();
    }
}
