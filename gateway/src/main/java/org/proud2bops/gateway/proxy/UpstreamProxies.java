package org.proud2bops.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.proud2bops.gateway.config.GatewayConfig;
import org.proud2bops.platform.problem.ProblemType;

/**
 * A Vert.x reverse proxy per service. Requests go upstream unchanged (same path, headers such as Authorization,
 * X-Request-Id and traceparent); an unreachable service becomes a 503 problem and a silent one a 504 problem.
 * <p>
 * Each event loop has its own proxies and connection pool, so a request and its upstream connection are served by
 * the same thread: a shared pool may lend a connection of another event loop, and the request and its response would
 * then be handed between threads.
 */
@ApplicationScoped
public class UpstreamProxies {

    private final ThreadLocal<Map<String, HttpProxy>> proxiesOfThisEventLoop;

    public UpstreamProxies(Vertx vertx, GatewayConfig config) {
        long timeoutMillis = config.upstreamTimeout().toMillis();
        this.proxiesOfThisEventLoop = ThreadLocal.withInitial(() -> {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout(2_000)
                    .setMaxPoolSize(64)
                    .setKeepAlive(true));
            return config.services().entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(
                            Map.Entry::getKey,
                            service -> proxyTo(
                                    client, URI.create(service.getValue().url()), service.getKey(), timeoutMillis)));
        });
    }

    public HttpProxy proxyFor(String service) {
        return proxiesOfThisEventLoop.get().get(service);
    }

    private static HttpProxy proxyTo(HttpClient client, URI upstream, String service, long timeoutMillis) {
        SocketAddress address = SocketAddress.inetSocketAddress(upstream.getPort(), upstream.getHost());
        return HttpProxy.reverseProxy(client)
                .origin(context -> context.client()
                        .request(new RequestOptions().setServer(address).setIdleTimeout(timeoutMillis)))
                .addInterceptor(new UpstreamFailureAsProblem(service, timeoutMillis))
                .addInterceptor(new BodilessStatuses());
    }

    /**
     * A 304 or 204 has no body (RFC 9110), but an upstream answer without Content-Length would be relayed with
     * {@code Transfer-Encoding: chunked}, and a strict client would wait for chunks: relay it with no body at all.
     */
    private static final class BodilessStatuses implements ProxyInterceptor {

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            ProxyResponse response = context.response();
            if (response.getStatusCode() == 304 || response.getStatusCode() == 204) {
                response.headers().remove("Transfer-Encoding").remove("Content-Length");
                response.setBody(null);
            }
            return context.sendResponse();
        }
    }

    private record UpstreamFailureAsProblem(String service, long timeoutMillis) implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                Problem problem = isTimeout(failure)
                        ? new Problem(
                                ProblemType.UPSTREAM_TIMEOUT,
                                "The " + service + " service did not answer within " + timeoutMillis + " ms")
                        : new Problem(
                                ProblemType.SERVICE_UNAVAILABLE,
                                "The " + service + " service cannot be reached; try again shortly");
                ProxyResponse response = context.request()
                        .response()
                        .setStatusCode(problem.status())
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .setBody(Body.body(problem.toBuffer(context.request().getURI())));
                if (problem.status() == 503) {
                    response.putHeader("Retry-After", "5");
                }
                return Future.succeededFuture(response);
            });
        }

        /** Vert.x reports an idle upstream with its own NoStackTraceTimeoutException, not a TimeoutException. */
        private static boolean isTimeout(Throwable failure) {
            return failure instanceof TimeoutException
                    || failure.getClass().getSimpleName().contains("Timeout");
        }
    }
}
