package org.proud2bops.events.calendar;

import java.util.function.Supplier;
import org.proud2bops.platform.http.VersionTags;

/**
 * A calendar file as served: its version, whether shared caches may keep it, and how to write its text. The text is
 * written only when asked for, so a request whose {@code If-None-Match} names the version is answered without it. The
 * entity tag is weak ({@code W/"<version>"}): two copies of the same version differ only in DTSTAMP, the moment the
 * copy was made.
 */
public record CalendarDocument(String version, boolean shareable, Supplier<String> text) {

    public String entityTag() {
        return "W/" + opaqueTag();
    }

    /** RFC 9110 weak comparison: whether {@code If-None-Match} names this document's tag (or is {@code *}). */
    public boolean isNamedBy(String ifNoneMatch) {
        return VersionTags.names(ifNoneMatch, opaqueTag());
    }

    private String opaqueTag() {
        return "\"" + version + "\"";
    }
}
