package org.proud2bops.gateway.protection;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.proud2bops.gateway.config.GatewayConfig;
import org.proud2bops.gateway.proxy.Problem;
import org.proud2bops.platform.problem.ProblemType;

/**
 * What the gateway refuses before a request reaches a service: a URL or header block over its limit (414, 431), a
 * body over the size limit (413), a body of unknown length (411, since it could not be checked before forwarding),
 * and a client over its rate budget (429).
 */
@ApplicationScoped
public class GatewayProtections {

    private final ClientIdentities clients;
    private final ClientRateLimiter rateLimiter;
    private final long maxBodyBytes;
    private final int maxUrlLength;
    private final int maxHeaderBytes;

    public GatewayProtections(ClientIdentities clients, ClientRateLimiter rateLimiter, GatewayConfig config) {
        this.clients = clients;
        this.rateLimiter = rateLimiter;
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.maxUrlLength = config.maxUrlLength();
        this.maxHeaderBytes = config.maxHeaderBytes();
    }

    /**
     * The size checks, as one of the first routes: ahead of the HTTP server's own body limit, whose 413 has no body.
     * Passes the request on when it is within every limit.
     */
    public void refuseOversized(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<Problem> sizeProblem = sizeProblem(request).or(() -> bodyProblem(request));
        if (sizeProblem.isEmpty()) {
            context.next();
            return;
        }
        if (request.version() != HttpVersion.HTTP_2) {
            // The unread body would otherwise be taken for the next request on this connection
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        sizeProblem.get().send(context);
    }

    /** Runs {@code admitted} when the client is within its budget, otherwise answers with the problem. */
    public void handle(RoutingContext context, Runnable admitted) {
        HttpServerRequest request = context.request();
        Optional<String> known = clients.knownClientOf(request);
        if (known.isPresent()) {
            admitWithinBudget(context, known.get(), admitted);
            return;
        }
        request.pause();
        clients.verifiedClientOf(request)
                .subscribe()
                .with(client -> admitWithinBudget(context, client, admitted), context::fail);
    }

    private void admitWithinBudget(RoutingContext context, String client, Runnable admitted) {
        Optional<Duration> wait = rateLimiter.tryAcquire(client);
        if (wait.isEmpty()) {
            admitted.run();
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        context.response().putHeader("Retry-After", Long.toString(seconds));
        new Problem(ProblemType.RATE_LIMITED, "This client's request budget is spent; try again in " + seconds + " s")
                .send(context);
    }

    /** HTTP/1.1 announces a body of unknown length as chunked; HTTP/2 by a stream that has not ended yet. */
    private static boolean hasBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return !request.isEnded();
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private Optional<Problem> sizeProblem(HttpServerRequest request) {
        if (request.uri().length() > maxUrlLength) {
            return Optional.of(new Problem(
                    ProblemType.URI_TOO_LONG,
                    "The URL is " + request.uri().length() + " characters long; the limit is " + maxUrlLength));
        }
        long headerBytes = 0;
        for (var header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return headerBytes > maxHeaderBytes
                ? Optional.of(new Problem(
                        ProblemType.HEADERS_TOO_LARGE, "The request's headers are over " + maxHeaderBytes + " bytes"))
                : Optional.empty();
    }

    private Optional<Problem> bodyProblem(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return hasBody(request)
                    ? Optional.of(new Problem(
                            ProblemType.LENGTH_REQUIRED, "Send the request body with a Content-Length header"))
                    : Optional.empty();
        }
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes
                    ? Optional.of(new Problem(
                            ProblemType.CONTENT_TOO_LARGE,
                            "The request body is larger than " + maxBodyBytes + " bytes"))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(new Problem(ProblemType.VALIDATION_FAILED, "Content-Length is not a number"));
        }
    }
}
