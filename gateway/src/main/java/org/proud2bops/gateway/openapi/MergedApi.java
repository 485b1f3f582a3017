package org.proud2bops.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.proud2bops.gateway.routing.OperationRoute;

/**
 * The platform's one OpenAPI document, the operations the gateway may route, which services are missing from it and
 * every conflict found while merging.
 */
public record MergedApi(ObjectNode document, List<OperationRoute> routes, Map<String, String> unavailableServices,
        List<String> conflicts) {
}
