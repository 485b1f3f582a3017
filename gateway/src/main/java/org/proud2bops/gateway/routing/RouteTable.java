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
    private volatile IndexedApi indexed;

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
        List<Map<String, OperationRoute>> samePath = indexOf(platformApi.current()).matching(path);
        for (Map<String, OperationRoute> byMethod : samePath) {
            OperationRoute route = byMethod.get(method);
            if (route != null) {
                return new Forward(route);
            }
        }
        if (!samePath.isEmpty()) {
            return new MethodNotAllowed(samePath.stream().flatMap(byMethod -> byMethod.keySet().stream())
                    .distinct().sorted().toList());
        }
        return unavailableOwner(path).<Decision>map(ServiceUnavailable::new).orElseGet(Unknown::new);
    }

    /** The index of the document in use, built again only when a refresh replaced the document. */
    private RouteIndex indexOf(MergedApi api) {
        IndexedApi seen = indexed;
        if (seen == null || seen.api() != api) {
            seen = new IndexedApi(api, RouteIndex.of(api.routes()));
            indexed = seen;
        }
        return seen.index();
    }

    private record IndexedApi(MergedApi api, RouteIndex index) {
    }

    private Optional<String> unavailableOwner(String path) {
        return config.services().entrySet().stream()
                .filter(service -> platformApi.unavailableServices().containsKey(service.getKey()))
                .filter(service -> path.equals(service.getValue().pathPrefix())
                        || path.startsWith(service.getValue().pathPrefix() + "/"))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
