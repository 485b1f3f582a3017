package org.proud2bops.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.proud2bops.platform.testing.TestPorts;

/**
 * Real HTTP servers standing in for the services, two per service as the real ones have: the public port echoes what
 * it received, so the tests see exactly what the gateway forwarded, and the management port serves the OpenAPI
 * document and readiness (the public port serves neither). The content service starts down; the events service can be
 * made to report itself not ready.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    static final int CONTENT_PORT = reservedPort("test.fake-content.port");
    static final int CONTENT_MANAGEMENT_PORT = reservedPort("test.fake-content.management-port");

    private static final String READY =
            "{\"status\":\"UP\",\"checks\":[{\"name\":\"Database connections health check\",\"status\":\"UP\"}]}";
    private static final String NOT_READY =
            "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"Database connections health check\",\"status\":\"DOWN\"}]}";

    private static final String CONTENT_DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"content","version":"1"},
             "paths":{"/api/content/topics":{"get":{"operationId":"listTopics","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object"}}}}}}},
                      "/api/feeds/latest":{"get":{"operationId":"latestFeed","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object"}}}}}}}}}""";

    private static final String MEMBERS_DOCUMENT = """
                {"openapi":"3.1.0","info":{"title":"members","version":"1"},
                 "tags":[{"name":"Members"}],
                 "paths":{
                   "/api/members":{"get":{"operationId":"listMembers","tags":["Members"],
                                          "parameters":[{"name":"size","in":"query","schema":{"type":"integer","maximum":100}}],
                                          "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object"}}}}}},
                                   "post":{"operationId":"registerMember","tags":["Members"],"requestBody":{"content":{"application/json":{}}},
                                           "responses":{"200":{"description":"echoed","content":{"application/json":{"schema":{"type":"object"}}}}}}},
                   "/api/members/{memberId}":{"get":{"operationId":"getMember","tags":["Members"],"responses":{"200":{"description":"ok",
                      "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Member"}}}}}}},
                   "/api/members/slow":{"get":{"operationId":"slowMembers","responses":{"200":{"description":"ok"}}}}},
                 "components":{"schemas":{"Member":{"type":"object","properties":{"id":{"type":"string"}}},
                                          "Problem":{"type":"object"}}}}""";

    private static final String EVENTS_DOCUMENT = """
                {"openapi":"3.1.0","info":{"title":"events","version":"1"},
                 "tags":[{"name":"Events"}],
                 "paths":{"/api/events":{"get":{"operationId":"listEvents","tags":["Events"],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object"}}}}}}}},
                 "components":{"schemas":{"Problem":{"type":"object"}}}}""";

    private static Vertx vertx;
    private static HttpServer content;
    private static HttpServer contentManagement;
    private static volatile boolean eventsReady = true;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int members = listen(membersRouter(vertx), freePort());
        int membersManagement = listen(managementRouter(MEMBERS_DOCUMENT, () -> true), freePort());
        int events = listen(eventsRouter(), freePort());
        int eventsManagement = listen(managementRouter(EVENTS_DOCUMENT, () -> eventsReady), freePort());
        return Map.ofEntries(
                Map.entry("gateway.services.members.url", "http://localhost:" + members),
                Map.entry("gateway.services.members.management-url", "http://localhost:" + membersManagement),
                Map.entry("gateway.services.events.url", "http://localhost:" + events),
                Map.entry("gateway.services.events.management-url", "http://localhost:" + eventsManagement),
                Map.entry("gateway.services.content.url", "http://localhost:" + CONTENT_PORT),
                Map.entry("gateway.services.content.management-url", "http://localhost:" + CONTENT_MANAGEMENT_PORT),
                Map.entry("gateway.services.content.path-prefixes", "/api/content,/api/calendars"),
                Map.entry("gateway.upstream-timeout", "1s"),
                Map.entry("gateway.openapi-refresh-interval", "1s"),
                Map.entry("quarkus.http.cors.origins", "https://app.proud2bops.test"));
    }

    private static int reservedPort(String property) {
        return Integer.parseInt(System.getProperties()
                .computeIfAbsent(property, key -> Integer.toString(TestPorts.reserveForLater()))
                .toString());
    }

    @Override
    public void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    static void startContent() {
        Router router = Router.router(vertx);
        router.get("/api/content/topics").handler(echo());
        router.get("/api/feeds/latest").handler(echo());
        content = vertx.createHttpServer()
                .requestHandler(router)
                .listen(CONTENT_PORT)
                .toCompletionStage()
                .toCompletableFuture()
                .join();
        contentManagement = vertx.createHttpServer()
                .requestHandler(managementRouter(CONTENT_DOCUMENT, () -> true))
                .listen(CONTENT_MANAGEMENT_PORT)
                .toCompletionStage()
                .toCompletableFuture()
                .join();
    }

    static void stopContent() {
        content.close().toCompletionStage().toCompletableFuture().join();
        contentManagement.close().toCompletionStage().toCompletableFuture().join();
    }

    /** Whether the events service's readiness reports UP (200) or a database check DOWN (503). */
    static void eventsReady(boolean ready) {
        eventsReady = ready;
    }

    private static Router membersRouter(Vertx vertx) {
        Router router = Router.router(vertx);
        router.get("/api/members/slow").handler(context -> vertx.setTimer(3_000, tick -> context.end("late")));
        // As the services answer a conditional read: 304, no body, and no Content-Length
        router.get("/api/members/:memberId").handler(context -> {
            String tag = context.request().getHeader("If-None-Match");
            if (tag == null) {
                context.next();
            } else {
                context.response().setStatusCode(304).putHeader("ETag", tag).end();
            }
        });
        router.route("/api/members*").handler(echo());
        return router;
    }

    private static Router eventsRouter() {
        Router router = Router.router(vertx);
        router.route("/api/events*").handler(echo());
        return router;
    }

    /** A service's management interface: its OpenAPI document and its readiness, as Quarkus serves them. */
    private static Router managementRouter(String document, BooleanSupplier ready) {
        Router router = Router.router(vertx);
        router.get("/q/openapi")
                .handler(context -> context.response()
                        .putHeader("Content-Type", "application/json")
                        .end(document));
        router.get("/q/health/ready")
                .handler(context -> context.response()
                        .setStatusCode(ready.getAsBoolean() ? 200 : 503)
                        .putHeader("Content-Type", "application/json")
                        .end(ready.getAsBoolean() ? READY : NOT_READY));
        return router;
    }

    private static io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> echo() {
        return context -> context.request().body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            context.request()
                    .headers()
                    .forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
            context.response()
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("method", context.request().method().name())
                            .put("uri", context.request().uri())
                            .put("headers", headers)
                            .put("body", body.toString())
                            .encode());
        });
    }

    private static int listen(Router router, int port) {
        try {
            return vertx.createHttpServer()
                    .requestHandler(router)
                    .listen(port)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("fake upstream did not start", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
