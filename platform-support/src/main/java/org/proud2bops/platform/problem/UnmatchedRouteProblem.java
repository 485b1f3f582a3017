package org.proud2bops.platform.problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a path that no resource and no Quarkus endpoint claims with a 404 problem instead of Vert.x's plain
 * text page. It is the last route, so it only sees requests nothing else handled.
 */
@ApplicationScoped
public class UnmatchedRouteProblem {

    void registerLastRoute(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context -> context.response()
                .setStatusCode(404)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("type", ProblemType.NOT_FOUND.uri().toString())
                        .put("status", 404)
                        .put("title", ProblemType.NOT_FOUND.title())
                        .put("detail", "No resource at " + context.request().path())
                        .put("instance", context.request().path())
                        .encode()));
    }
}
