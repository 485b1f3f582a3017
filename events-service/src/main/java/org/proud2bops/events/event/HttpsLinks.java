package org.proud2bops.events.event;

import java.net.URI;
import java.net.URISyntaxException;
import org.proud2bops.platform.problem.Problems;

/** Links an event shows (its online joining link, a partner's page): absolute https URLs with a host, or nothing. */
final class HttpsLinks {

    private HttpsLinks() {}

    /** The link, stripped; null when absent or blank; a validation problem naming {@code field} when it is no link. */
    static String checked(String link, String field) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String stripped = link.strip();
        try {
            URI uri = new URI(stripped);
            if ("https".equals(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()) {
                return stripped;
            }
        } catch (URISyntaxException notAUri) {
            // refused below
        }
        throw Problems.badRequest(field + " must be an https URL with a host", field);
    }
}
