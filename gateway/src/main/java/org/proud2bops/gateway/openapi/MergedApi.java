package org.proud2bops.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.proud2bops.gateway.routing.OperationRoute;
import org.proud2bops.gateway.routing.RouteIndex;

/**
 * The platform's one OpenAPI document, the operations the gateway may route, which services are missing from it and
 * every conflict found while merging; and the operations last seen from the services that are missing now, so a
 * request for one of them is told the service is unavailable rather than that the operation does not exist. Both
 * sets of operations are indexed once here, when a merge is made, not per request.
 */
public final class MergedApi {

    private final ObjectNode document;
    private final List<OperationRoute> routes;
    private final Map<String, String> unavailableServices;
    private final List<String> conflicts;
    private final List<OperationRoute> routesOfUnavailableServices;
    private final RouteIndex routeIndex;
    private final RouteIndex unavailableRouteIndex;

    public MergedApi(
            ObjectNode document,
            List<OperationRoute> routes,
            Map<String, String> unavailableServices,
            List<String> conflicts,
            List<OperationRoute> routesOfUnavailableServices) {
        this.document = document;
        this.routes = List.copyOf(routes);
        this.unavailableServices = Map.copyOf(unavailableServices);
        this.conflicts = List.copyOf(conflicts);
        this.routesOfUnavailableServices = List.copyOf(routesOfUnavailableServices);
        this.routeIndex = RouteIndex.of(this.routes);
        this.unavailableRouteIndex = RouteIndex.of(this.routesOfUnavailableServices);
    }

    /** This merge, also carrying the operations {@code previous} knew of the services that are unavailable now. */
    public MergedApi rememberingRoutesOf(MergedApi previous) {
        List<OperationRoute> remembered = Stream.concat(
                        previous.routes.stream(), previous.routesOfUnavailableServices.stream())
                .filter(route -> unavailableServices.containsKey(route.service()))
                .toList();
        return new MergedApi(document, routes, unavailableServices, conflicts, remembered);
    }

    public ObjectNode document() {
        return document;
    }

    public List<OperationRoute> routes() {
        return routes;
    }

    public Map<String, String> unavailableServices() {
        return unavailableServices;
    }

    public List<String> conflicts() {
        return conflicts;
    }

    public List<OperationRoute> routesOfUnavailableServices() {
        return routesOfUnavailableServices;
    }

    public RouteIndex routeIndex() {
        return routeIndex;
    }

    public RouteIndex unavailableRouteIndex() {
        return unavailableRouteIndex;
    }
}
