package org.proud2bops.platform.testing.contract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What a client saw of one request and its response, in the terms the contract speaks of. */
public record ObservedExchange(
        Map<String, String> requestHeaders, int status, Map<String, String> responseHeaders, byte[] body) {

    public ObservedExchange {
        requestHeaders = caseInsensitive(requestHeaders);
        responseHeaders = caseInsensitive(responseHeaders);
    }

    private static Map<String, String> caseInsensitive(Map<String, String> headers) {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        return copy;
    }

    Optional<String> requestHeader(String name) {
        return Optional.ofNullable(requestHeaders.get(name));
    }

    Optional<String> responseHeader(String name) {
        return Optional.ofNullable(responseHeaders.get(name));
    }

    /** The response's media type without parameters such as charset. */
    Optional<String> contentType() {
        return responseHeader("Content-Type")
                .map(value -> value.split(";")[0].trim().toLowerCase(Locale.ROOT));
    }
}
