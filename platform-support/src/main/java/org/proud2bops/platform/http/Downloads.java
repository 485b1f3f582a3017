package org.proud2bops.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * How a file (personal data, an export) leaves a service: as an attachment under a server-chosen name, with a Content-Type
 * clients must not second-guess (nosniff), and kept out of shared and browser caches.
 */
public final class Downloads {

    public static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";

    private Downloads() {}

    /** An entity the service serialises (JSON, CSV) as an attachment. */
    public static <T> RestResponse<T> attachment(T entity, String contentType, String fileName) {
        RestResponse.ResponseBuilder<T> response = RestResponse.ResponseBuilder.ok(entity, contentType);
        headers(fileName).forEach(response::header);
        return response.build();
    }

    /** Stored bytes as an attachment. */
    public static Response attachment(InputStream content, String contentType, String fileName) {
        Response.ResponseBuilder response = Response.ok(content, contentType);
        headers(fileName).forEach(response::header);
        return response.build();
    }

    /** {@code fileName} is chosen by the server; quotes, backslashes and line breaks are dropped all the same. */
    private static Map<String, String> headers(String fileName) {
        String safeName = fileName.replaceAll("[\"\\\\\\r\\n]", "");
        return Map.of(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + safeName + "\"",
                CONTENT_TYPE_OPTIONS,
                "nosniff",
                HttpHeaders.CACHE_CONTROL,
                "private, no-store");
    }
}
