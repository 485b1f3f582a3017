package org.proud2bops.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.RouteProblems;

/**
 * Refuses, before any other route, the requests no operation can take: a URL, a header block or a declared body
 * over the limits (414, 431, 413), and control characters in the path or query (400: they have no place in an id
 * or a search, and PostgreSQL refuses NUL in text). Each answer is a problem. The HTTP server's own decoder limits
 * are set far above these, so it is this route, not the server's bodiless defaults, that answers.
 */
@ApplicationScoped
public class RequestScreening {

    /** A percent-encoded C0 control character or DEL, or a raw one. */
    private static final Pattern CONTROL = Pattern.compile("%(?:[01][0-9a-fA-F]|7[fF])|[\\x00-\\x1F\\x7F]");

    private final int maxUrlLength;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;

    public RequestScreening(
            @ConfigProperty(name = "platform.http.max-url-length") int maxUrlLength,
            @ConfigProperty(name = "platform.http.max-header-bytes") int maxHeaderBytes,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxUrlLength = maxUrlLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void registerFirstRoute(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::screen);
    }

    private void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > maxUrlLength) {
            RouteProblems.send(
                    context,
                    ProblemType.URI_TOO_LONG,
                    "The URL is " + uri.length() + " characters long; the limit is " + maxUrlLength,
                    null);
        } else if (headerBytes(request) > maxHeaderBytes) {
            RouteProblems.send(
                    context,
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request's headers are over " + maxHeaderBytes + " bytes",
                    null);
        } else if (declaredLength(request) > maxBodyBytes) {
            context.response().putHeader("Connection", "close");
            RouteProblems.send(
                    context,
                    ProblemType.CONTENT_TOO_LARGE,
                    "The body is over the limit of " + maxBodyBytes + " bytes",
                    "body");
        } else if (CONTROL.matcher(uri).find()) {
            RouteProblems.send(
                    context,
                    ProblemType.VALIDATION_FAILED,
                    "The path or query holds a control character, which no parameter accepts",
                    request.query() != null && CONTROL.matcher(request.query()).find() ? "query" : "path");
        } else {
            context.next();
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (var header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
