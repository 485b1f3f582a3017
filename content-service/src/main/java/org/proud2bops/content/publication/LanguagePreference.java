package org.proud2bops.content.publication;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.proud2bops.content.item.LanguageTags;

/**
 * The languages a reader asks for: the {@code language} parameter (one BCP 47 tag, which wins), or else the
 * {@code Accept-Language} header's ranges in the order of their quality values (RFC 9110 12.5.4; a range with
 * {@code q=0} asks for nothing). A malformed header is ignored, as if none were sent; a malformed parameter is 400.
 */
public final class LanguagePreference {

    /** No preference: the reader gets the item the slug names. */
    public static final LanguagePreference NONE = new LanguagePreference(List.of(), null);

    private static final String ANY = "*";

    private final List<Locale.LanguageRange> ranges;
    private final String requested;

    private LanguagePreference(List<Locale.LanguageRange> ranges, String requested) {
        this.ranges = ranges;
        this.requested = requested;
    }

    public static LanguagePreference of(String parameter, String acceptLanguage) {
        if (parameter != null) {
            String tag = LanguageTags.canonical(parameter, "language");
            return new LanguagePreference(List.of(new Locale.LanguageRange(tag)), tag);
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return NONE;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0)
                    .toList();
            return ranges.isEmpty() ? NONE : new LanguagePreference(ranges, display(ranges.getFirst()));
        } catch (IllegalArgumentException | IllformedLocaleException malformed) {
            return NONE;
        }
    }

    /** The most wanted language, as a canonical tag ({@code *} for any); null without a preference. */
    public String requested() {
        return requested;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /**
     * The first of {@code available} (canonical tags) the most wanted range matches: by basic filtering (RFC 4647 3.3.1:
     * {@code zh} matches {@code zh-Hans}), else by lookup ({@code zh-Hans-CN} falls back to {@code zh-Hans}); then the
     * next range. {@code *} takes {@code whenAny}. Empty when no range matches any of them.
     */
    public Optional<String> pick(List<String> available, String whenAny) {
        for (Locale.LanguageRange range : ranges) {
            if (range.getRange().equals(ANY)) {
                return Optional.of(whenAny);
            }
            List<Locale.LanguageRange> one = List.of(range);
            List<String> filtered = Locale.filterTags(one, available);
            String found = filtered.isEmpty() ? Locale.lookupTag(one, available) : filtered.getFirst();
            if (found != null) {
                return available.stream().filter(found::equalsIgnoreCase).findFirst();
            }
        }
        return Optional.empty();
    }

    private static String display(Locale.LanguageRange range) {
        return range.getRange().equals(ANY)
                ? ANY
                : Locale.forLanguageTag(range.getRange()).toLanguageTag();
    }
}
