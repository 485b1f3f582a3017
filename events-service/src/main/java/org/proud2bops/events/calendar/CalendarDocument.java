package org.proud2bops.events.calendar;

/**
 * A calendar file as served: its text, its entity tag and whether shared caches may keep it. The tag is weak
 * ({@code W/"..."}): two copies of the same version differ only in DTSTAMP, the moment the copy was made.
 */
public record CalendarDocument(String text, String entityTag, boolean shareable) {

    /** RFC 9110 weak comparison: whether {@code If-None-Match} names this document's tag (or is {@code *}). */
    public boolean isNamedBy(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(entityTag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
