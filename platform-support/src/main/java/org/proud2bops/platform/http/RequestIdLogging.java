package org.proud2bops.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Puts the gateway's {@code X-Request-Id} into the logging context so one request can be followed across services. */
public class RequestIdLogging {

    public static final String HEADER = "X-Request-Id";
    private static final String MDC_KEY = "requestId";

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        String requestId = request.getHeaderString(HEADER);
        if (requestId != null && !requestId.isBlank()) {
            MDC.put(MDC_KEY, requestId);
        }
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        String requestId = request.getHeaderString(HEADER);
        if (requestId != null && !requestId.isBlank()) {
            response.getHeaders().putSingle(HEADER, requestId);
        }
        MDC.remove(MDC_KEY);
    }
}
