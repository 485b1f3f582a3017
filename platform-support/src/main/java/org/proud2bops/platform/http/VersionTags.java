package org.proud2bops.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
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
    public static Response conditionalRead(Request request, long version, Object body) {
        EntityTag tag = tagOf(version);
        return Optional.ofNullable(request.evaluatePreconditions(tag))
                .orElseGet(() -> Response.ok(body))
                .tag(tag)
                .build();
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

    public static void requireCurrent(HttpHeaders headers, long currentVersion) {
        if (requiredVersion(headers) != currentVersion) {
            throw Problems.preconditionFailed();
        }
    }
}
