package org.proud2bops.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.proud2bops.gateway.config.GatewayConfig;
import org.proud2bops.gateway.openapi.MergedApi;
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

    public sealed interface Decision {}

    /** A documented operation of a service. */
    public record Forward(OperationRoute route) implements Decision {}

    /** The path is documented, but not for this method. */
    public record MethodNotAllowed(List<String> allowed) implements Decision {}

    /** The path belongs to a service that is unavailable right now. */
    public record ServiceUnavailable(String service) implements Decision {}

    public record Unknown() implements Decision {}

    public Decision decide(String method, String path) {
        MergedApi current = platformApi.current();
        List<Map<String, OperationRoute>> samePath = current.routeIndex().matching(path);
        for (Map<String, OperationRoute> byMethod : samePath) {
            OperationRoute route = byMethod.get(method);
            if (route == null && "HEAD".equals(method)) {
                route = byMethod.get("GET"); // HEAD is GET without the body (RFC 9110), wherever GET is documented
            }
            if (route != null) {
                return new Forward(route);
            }
        }
        if (!samePath.isEmpty()) {
            return new MethodNotAllowed(samePath.stream()
                    .flatMap(byMethod -> byMethod.keySet().stream())
                    .flatMap(allowed -> "GET".equals(allowed)
                            ? java.util.stream.Stream.of("GET", "HEAD")
                            : java.util.stream.Stream.of(allowed))
                    .distinct()
                    .sorted()
                    .toList());
        }
        return unavailableOwner(current, path)
                .<Decision>map(ServiceUnavailable::new)
                .orElseGet(Unknown::new);
    }

    /** The unavailable service that documented the path when it was last seen, or that owns its prefix. */
    private Optional<String> unavailableOwner(MergedApi current, String path) {
        List<Map<String, OperationRoute>> remembered =
                current.unavailableRouteIndex().matching(path);
        if (!remembered.isEmpty()) {
            return Optional.of(remembered.getFirst().values().iterator().next().service());
        }
        return config.services().entrySet().stream()
                .filter(service -> current.unavailableServices().containsKey(service.getKey()))
                .filter(service -> service.getValue().pathPrefixes().stream()
                        .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/")))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
