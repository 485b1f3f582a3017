package org.proud2bops.platform.problem;

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
        router.route()
                .order(Integer.MAX_VALUE)
                .handler(context -> RouteProblems.send(
                        context,
                        ProblemType.NOT_FOUND,
                        "No resource at " + context.request().path(),
                        null));
    }
}
