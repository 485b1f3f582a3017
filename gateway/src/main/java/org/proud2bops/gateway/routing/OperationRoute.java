package org.proud2bops.gateway.routing;

import java.util.Map;

/**
 * One documented operation: the method and path template a client may call, the service that serves it, and the
 * upper bounds its integer query parameters declare (such as the page size).
 */
public record OperationRoute(String method, String pathTemplate, String service, Map<String, Long> queryMaximums) {

    public static OperationRoute of(
            String method, String pathTemplate, String service, Map<String, Long> queryMaximums) {
        return new OperationRoute(method.toUpperCase(), pathTemplate, service, Map.copyOf(queryMaximums));
    }
}
