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
import org.proud2bops.platform.testing.TestPorts;

/**
 * Real HTTP servers standing in for the services: each serves an OpenAPI document and echoes what it received, so
 * the tests see exactly what the gateway forwarded. The content service starts down.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    static final int CONTENT_PORT = Integer.parseInt(System.getProperties().computeIfAbsent(
            "test.fake-content.port", key -> Integer.toString(TestPorts.reserveForLater())).toString());

    private static Vertx vertx;
    private static HttpServer content;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int members = listen(membersRouter(vertx), freePort());
        int events = listen(eventsRouter(vertx), freePort());
        return Map.of(
                "gateway.services.members.url", "http://localhost:" + members,
                "gateway.services.events.url", "http://localhost:" + events,
                "gateway.services.content.url", "http://localhost:" + CONTENT_PORT,
                "gateway.services.content.path-prefixes", "/api/content,/api/calendars",
                "gateway.upstream-timeout", "1s",
                "gateway.openapi-refresh-interval", "1s",
                "quarkus.http.cors.origins", "https://app.proud2bops.test");
    }

    @Override
    public void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    static void startContent() {
        Router router = Router.router(vertx);
        serveDocument(router, """
                {"openapi":"3.1.0","info":{"title":"content","version":"1"},
                 "paths":{"/api/content/topics":{"get":{"operationId":"listTopics","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object"}}}}}}},
                          "/api/feeds/latest":{"get":{"operationId":"latestFeed","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object"}}}}}}}}}""");
        router.get("/api/content/topics").handler(echo());
        router.get("/api/feeds/latest").handler(echo());
        content = vertx.createHttpServer().requestHandler(router).listen(CONTENT_PORT)
                .toCompletionStage().toCompletableFuture().join();
    }

    static void stopContent() {
        content.close().toCompletionStage().toCompletableFuture().join();
    }

    private static Router membersRouter(Vertx vertx) {
        Router router = Router.router(vertx);
        serveDocument(router, """
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
                                          "Problem":{"type":"object"}}}}""");
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
        router.get("/q/health/ready").handler(context -> context.end("{\"status\":\"UP\"}"));
        return router;
    }

    private static Router eventsRouter(Vertx vertx) {
        Router router = Router.router(vertx);
        serveDocument(router, """
                {"openapi":"3.1.0","info":{"title":"events","version":"1"},
                 "tags":[{"name":"Events"}],
                 "paths":{"/api/events":{"get":{"operationId":"listEvents","tags":["Events"],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object"}}}}}}}},
                 "components":{"schemas":{"Problem":{"type":"object"}}}}""");
        router.route("/api/events*").handler(echo());
        return router;
    }

    private static void serveDocument(Router router, String document) {
        router.get("/q/openapi").handler(context -> context.response()
                .putHeader("Content-Type", "application/json").end(document));
    }

    private static io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> echo() {
        return context -> context.request().body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            context.request().headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
            context.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("method", context.request().method().name())
                    .put("uri", context.request().uri())
                    .put("headers", headers)
                    .put("body", body.toString())
                    .encode());
        });
    }

    private static int listen(Router router, int port) {
        try {
            return vertx.createHttpServer().requestHandler(router).listen(port)
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
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
