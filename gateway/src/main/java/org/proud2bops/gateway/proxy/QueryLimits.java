package org.proud2bops.gateway.proxy;

import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.Optional;
import org.proud2bops.gateway.routing.OperationRoute;

/**
 * Refuses a query parameter above the maximum its operation declares (a page size over 100, say) with the same
 * problem the service would give, so no service is asked for more than its contract allows.
 */
final class QueryLimits {

    private QueryLimits() {}

    static Optional<Problem> firstExceeded(OperationRoute route, HttpServerRequest request) {
        for (Map.Entry<String, Long> limit : route.queryMaximums().entrySet()) {
            for (String value : request.params().getAll(limit.getKey())) {
                if (exceeds(value, limit.getValue())) {
                    return Optional.of(Problem.invalidQueryParameter(
                            limit.getKey(), limit.getKey() + " must be at most " + limit.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** A value that is not a number is the service's to refuse: its error names the expected type. */
    private static boolean exceeds(String value, long maximum) {
        try {
            return Long.parseLong(value.trim()) > maximum;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
