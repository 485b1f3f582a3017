package org.proud2bops.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.proud2bops.platform.problem.ProblemType;

/**
 * RFC 9457 problem bodies for the answers the gateway gives itself, shaped like the services' own (including the
 * {@code violations} list of a validation problem).
 */
public record Problem(ProblemType type, String detail, JsonArray violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public int status() {
        return type.status();
    }

    /** A 400 for one query parameter, as a service's bean validation would report it. */
    public static Problem invalidQueryParameter(String name, String message) {
        return new Problem(
                ProblemType.VALIDATION_FAILED,
                "Query parameter " + name + " is out of range",
                new JsonArray()
                        .add(new JsonObject()
                                .put("field", name)
                                .put("in", "query")
                                .put("message", message)));
    }

    public Buffer toBuffer(String instance) {
        JsonObject body = new JsonObject()
                .put("type", type.uri().toString())
                .put("status", type.status())
                .put("title", type.title())
                .put("detail", detail)
                .put("instance", instance);
        if (violations != null) {
            body.put("violations", violations);
        }
        return body.toBuffer();
    }

    public void send(RoutingContext context) {
        context.response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(toBuffer(context.request().path()));
    }
}
