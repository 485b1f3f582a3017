package org.proud2bops.gateway.proxy;

import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.ext.web.RoutingContext;

/**
 * The forwarding route matches every path, so without help the HTTP server metrics would be tagged with each raw
 * path (one timer per member id, without bound). This tags a request with the operation's path template instead.
 */
final class RequestMetrics {

    private RequestMetrics() {}

    static void nameAfterTemplate(RoutingContext context, String pathTemplate) {
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(context);
        if (metric != null) {
            metric.setTemplatePath(pathTemplate);
        }
    }
}
