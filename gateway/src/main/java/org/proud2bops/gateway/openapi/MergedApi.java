package org.proud2bops.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.proud2bops.gateway.routing.OperationRoute;

/**
 * The platform's one OpenAPI document, the operations the gateway may route, which services are missing from it and
 * every conflict found while merging; and the operations last seen from the services that are missing now, so a
 * request for one of them is told the service is unavailable rather than that the operation does not exist.
 */
public record MergedApi(ObjectNode document, List<OperationRoute> routes, Map<String, String> unavailableServices,
        List<String> conflicts, List<OperationRoute> routesOfUnavailableServices) {

    /** This merge, also carrying the operations {@code previous} knew of the services that are unavailable now. */
    public MergedApi rememberingRoutesOf(MergedApi previous) {
        List<OperationRoute> remembered = Stream.concat(previous.routes().stream(),
                        previous.routesOfUnavailableServices().stream())
                .filter(route -> unavailableServices.containsKey(route.service()))
                .toList();
        return new MergedApi(document, routes, unavailableServices, conflicts, remembered);
    }
}
