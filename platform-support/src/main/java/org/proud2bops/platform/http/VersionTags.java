package org.proud2bops.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.problem.Problems;

/**
 * Strong ETags derived from a row's optimistic-lock version: conditional reads answer 304, updates must name the
 * version they were based on.
 */
public final class VersionTags {

    private VersionTags() {
    }

    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its ETag, or 304 when the client's {@code If-None-Match} already names this version. */
    public static <T> RestResponse<T> conditionalRead(Request request, long version, T body) {
        EntityTag tag = tagOf(version);
        Response.ResponseBuilder unmet = request.evaluatePreconditions(tag);
        if (unmet != null) {
            return RestResponse.ResponseBuilder.<T>create(unmet.build().getStatus()).tag(tag).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
    }

    /** 201 with the new resource's body, its ETag, and a Location that is the request's path plus {@code id}. */
    public static <T> RestResponse<T> created(UriInfo uriInfo, Object id, long version, T body) {
        return RestResponse.ResponseBuilder.<T>created(uriInfo.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(tagOf(version))
                .entity(body)
                .build();
    }

    /** 200 with the updated body and its new ETag. */
    public static <T> RestResponse<T> updated(long version, T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(tagOf(version)).build();
    }

    /**
     * The version the client's {@code If-Match} names: 428 when it is missing, 412 when it is not a single strong
     * tag of this resource. The caller compares it with the current version (and the database re-checks on flush).
     */
    public static long requiredVersion(HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw Problems.preconditionFailed();
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException notOurTag) {
            throw Problems.preconditionFailed();
        }
    }
}
