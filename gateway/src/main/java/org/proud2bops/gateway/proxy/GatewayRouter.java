package org.proud2bops.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.proud2bops.gateway.openapi.PlatformApi;
import org.proud2bops.gateway.protection.GatewayProtections;
import org.proud2bops.gateway.protection.SecurityHeaders;
import org.proud2bops.gateway.routing.RouteTable;
import org.proud2bops.platform.problem.ProblemType;

/**
 * The gateway's HTTP surface: the merged OpenAPI document, and a last route that forwards documented operations and
 * answers everything else with a problem. The gateway's own {@code /q/*} endpoints are matched before it.
 */
@ApplicationScoped
public class GatewayRouter {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final int FORWARDING_ORDER = 10_000;
    private static final YAMLMapper YAML = new YAMLMapper();

    private final PlatformApi platformApi;
    private final RouteTable routeTable;
    private final UpstreamProxies proxies;
    private final GatewayProtections protections;
    private final SecurityHeaders securityHeaders;
    private final ObjectMapper mapper;

    public GatewayRouter(
            PlatformApi platformApi,
            RouteTable routeTable,
            UpstreamProxies proxies,
            GatewayProtections protections,
            SecurityHeaders securityHeaders,
            ObjectMapper mapper) {
        this.platformApi = platformApi;
        this.routeTable = routeTable;
        this.proxies = proxies;
        this.protections = protections;
        this.securityHeaders = securityHeaders;
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tagWithRequestId);
        router.route().order(Integer.MIN_VALUE + 1).handler(securityHeaders::addToResponse);
        // Before the HTTP server's own body limit (whose 413 has no body), once the answer carries every header
        router.route().order(Integer.MIN_VALUE + 1).handler(protections::refuseOversized);
        router.get("/openapi").handler(context -> serveDocument(context, wantsYaml(context)));
        router.get("/openapi.json").handler(context -> serveDocument(context, false));
        router.get("/openapi.yaml").handler(context -> serveDocument(context, true));
        router.route().order(FORWARDING_ORDER).handler(this::forwardWithinProtections);
    }

    private void tagWithRequestId(RoutingContext context) {
        String requestId = context.request().getHeader(REQUEST_ID);
        if (requestId == null || requestId.isBlank() || requestId.length() > 200) {
            requestId = UUID.randomUUID().toString();
            context.request().headers().set(REQUEST_ID, requestId);
        }
        String id = requestId;
        context.addHeadersEndHandler(ignored -> context.response().headers().set(REQUEST_ID, id));
        context.next();
    }

    /** Tells services (and their logs) what the client asked for and from where; links come from their own config. */
    private static void describeOriginalRequest(RoutingContext context) {
        var request = context.request();
        var headers = request.headers();
        if (request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().toString());
        }
        headers.set("X-Forwarded-Proto", request.scheme());
        String client = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        String earlier = headers.get("X-Forwarded-For");
        headers.set("X-Forwarded-For", earlier == null ? client : earlier + ", " + client);
    }

    private void forwardWithinProtections(RoutingContext context) {
        if (context.request().path().startsWith("/q/")) {
            notFound(context);
        } else {
            protections.handle(context, () -> forward(context));
        }
    }

    private void forward(RoutingContext context) {
        String path = context.request().path();
        switch (routeTable.decide(context.request().method().name(), path)) {
            case RouteTable.Forward forward -> {
                RequestMetrics.nameAfterTemplate(context, forward.route().pathTemplate());
                QueryLimits.firstExceeded(forward.route(), context.request())
                        .ifPresentOrElse(
                                problem -> problem.send(context),
                                () -> proxy(context, forward.route().service()));
            }
            case RouteTable.MethodNotAllowed notAllowed -> {
                RequestMetrics.nameAfterTemplate(context, "/{method-not-allowed}");
                context.response().putHeader("Allow", String.join(", ", notAllowed.allowed()));
                new Problem(
                                ProblemType.METHOD_NOT_ALLOWED,
                                context.request().method().name() + " is not an operation of " + path + "; allowed: "
                                        + String.join(", ", notAllowed.allowed()))
                        .send(context);
            }
            case RouteTable.ServiceUnavailable unavailable -> {
                RequestMetrics.nameAfterTemplate(context, "/{unavailable}");
                context.response().putHeader("Retry-After", "5");
                new Problem(
                                ProblemType.SERVICE_UNAVAILABLE,
                                "The " + unavailable.service() + " service is unavailable right now; try again shortly")
                        .send(context);
            }
            case RouteTable.Unknown unknown -> notFound(context);
        }
    }

    private void proxy(RoutingContext context, String service) {
        describeOriginalRequest(context);
        proxies.proxyFor(service).handle(context.request());
    }

    private static void notFound(RoutingContext context) {
        new Problem(
                        ProblemType.NOT_FOUND,
                        "No operation of the platform API at "
                                + context.request().path())
                .send(context);
    }

    private void serveDocument(RoutingContext context, boolean yaml) {
        try {
            var document = platformApi.current().document();
            context.response()
                    .putHeader("Content-Type", yaml ? "application/yaml" : "application/json")
                    .putHeader("Cache-Control", "no-cache")
                    .end(yaml ? YAML.writeValueAsString(document) : mapper.writeValueAsString(document));
        } catch (Exception e) {
            context.fail(e);
        }
    }

    private static boolean wantsYaml(RoutingContext context) {
        String format = context.request().getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("yaml");
        }
        String accept = context.request().getHeader("Accept");
        return accept != null && (accept.contains("yaml") && !accept.contains("json"));
    }
}
