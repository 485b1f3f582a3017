package org.proud2bops.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem bodies for the answers the gateway gives itself. */
public record Problem(int status, String title, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Buffer toBuffer(String instance) {
        return new JsonObject()
                .put("status", status)
                .put("title", title)
                .put("detail", detail)
                .put("instance", instance)
                .toBuffer();
    }

    public void send(RoutingContext context) {
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(toBuffer(context.request().path()));
    }
}
