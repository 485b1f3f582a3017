package org.proud2bops.events.session;

import jakarta.ws.rs.core.UriInfo;
import java.nio.ByteBuffer;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.security.Sha256;

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
        return ByteBuffer.wrap(Sha256.digest(shown)).getLong() & Long.MAX_VALUE;
    }
}
