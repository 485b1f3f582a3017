package org.proud2bops.events.session;

import jakarta.ws.rs.core.UriInfo;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;

/**
 * ETags for a page of a list that has no version of its own: the first 64 bits of the SHA-256 of what the page shows
 * (records print every field, in order), so any change to what a caller sees, including a name shown in it, moves it.
 */
final class PageTags {

    private PageTags() {}

    static <T> RestResponse<PageResponse<T>> conditionalPage(
            String ifNoneMatch, PageResponse<T> page, UriInfo uriInfo) {
        long tag = digest(page.toString());
        RestResponse<PageResponse<T>> read = VersionTags.conditionalRead(ifNoneMatch, tag, page);
        if (read.getStatus() != RestResponse.StatusCode.OK) {
            return read;
        }
        RestResponse<PageResponse<T>> withLinks = page.toResponse(uriInfo);
        return RestResponse.ResponseBuilder.fromResponse(withLinks)
                .tag(VersionTags.tagOf(tag))
                .build();
    }

    private static long digest(String shown) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(shown.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
