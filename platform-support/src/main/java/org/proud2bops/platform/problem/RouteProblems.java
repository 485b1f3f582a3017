package org.proud2bops.platform.problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Problem answers given by a Vert.x route, before any REST resource is involved; shaped like the resources' own. */
public final class RouteProblems {

    private RouteProblems() {}

    public static void send(RoutingContext context, ProblemType type, String detail, String field) {
        JsonObject body = new JsonObject()
                .put("type", type.uri().toString())
                .put("status", type.status())
                .put("title", type.title())
                .put("detail", detail)
                .put("instance", context.request().path());
        if (field != null) {
            body.put("field", field);
        }
        context.response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", "application/problem+json")
                .end(body.encode());
    }
}
