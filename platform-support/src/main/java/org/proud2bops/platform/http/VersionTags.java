package org.proud2bops.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Sha256;

/**
 * Strong ETags derived from a row's optimistic-lock version: conditional reads answer 304, updates must name the
 * version they were based on. Resources take the headers as parameters, so the OpenAPI document declares them.
 */
public final class VersionTags {

    public static final String IF_NONE_MATCH = "If-None-Match";
    public static final String IF_MATCH = "If-Match";
    /** Longer than any list of this platform's ETags a client could hold; longer headers are refused. */
    public static final int MAX_HEADER_LENGTH = 200;

    public static final String IF_NONE_MATCH_DESCRIPTION =
            "ETags you hold; 304 without a body when one is current " + "(weak comparison; * matches any)";
    public static final String IF_MATCH_DESCRIPTION = "The ETag of the version you read (or * for any): required, "
            + "428 without it, 412 when the resource changed since";

    private VersionTags() {}

    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * An opaque tag for an answer made from several things rather than one version: {@code prefix-} and the first
     * 128 bits (32 hex digits) of the SHA-256 of the parts joined by {@code |}. Any part changing changes the tag.
     */
    public static String digest(String prefix, Object... parts) {
        return prefix + "-"
                + Sha256.hex(Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("|")))
                        .substring(0, 32);
    }

    /** 200 with the body and its ETag, or 304 when {@code If-None-Match} already names this version. */
    public static <T> RestResponse<T> conditionalRead(String ifNoneMatch, long version, T body) {
        requireBounded(IF_NONE_MATCH, ifNoneMatch);
        EntityTag tag = tagOf(version);
        if (ifNoneMatch != null && namesVersion(ifNoneMatch, version)) {
            return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.NOT_MODIFIED)
                    .tag(tag)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
    }

    /** RFC 9110 13.1.2: weak comparison, so {@code W/"3"} names version 3 as well as {@code "3"}. */
    private static boolean namesVersion(String ifNoneMatch, long version) {
        return names(ifNoneMatch, "\"" + version + "\"");
    }

    /**
     * Whether {@code If-None-Match} names the tag whose opaque part (quotes included, without {@code W/}) is
     * {@code opaqueTag}, or is {@code *}: RFC 9110 13.1.2 weak comparison, so {@code W/"x"} and {@code "x"} both name
     * {@code "x"}. False when the header is absent.
     */
    public static boolean names(String ifNoneMatch, String opaqueTag) {
        return ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(","))
                        .map(String::trim)
                        .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                        .anyMatch(candidate -> candidate.equals("*") || candidate.equals(opaqueTag));
    }

    /** 201 with the new resource's body, its ETag, and a Location under the collection that created it. */
    public static <T> RestResponse<T> created(UriInfo uriInfo, Object id, long version, T body) {
        URI location = PublicLinks.builderFor(uriInfo).path(id.toString()).build();
        return RestResponse.ResponseBuilder.<T>created(location)
                .tag(tagOf(version))
                .entity(body)
                .build();
    }

    /** 200 with the updated body and its new ETag. */
    public static <T> RestResponse<T> updated(long version, T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(tagOf(version)).build();
    }

    /**
     * The version {@code If-Match} names: 428 when it is missing, 412 when it is not {@code *} or a single strong tag
     * of this resource. The caller compares it with the current version (and the database re-checks on flush).
     */
    public static ExpectedVersion requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        requireBounded(IF_MATCH, ifMatch);
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return ExpectedVersion.any();
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw Problems.preconditionFailed();
        }
        try {
            return ExpectedVersion.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
        } catch (NumberFormatException notOurTag) {
            throw Problems.preconditionFailed();
        }
    }

    /** 400 when the header (e.g. {@link #IF_NONE_MATCH}) is longer than {@link #MAX_HEADER_LENGTH}. */
    public static void requireBounded(String header, String value) {
        if (value != null && value.length() > MAX_HEADER_LENGTH) {
            throw Problems.badRequest(header + " is longer than " + MAX_HEADER_LENGTH + " characters", header);
        }
    }
}
