package org.proud2bops.content.item;

import java.util.IllformedLocaleException;
import java.util.Locale;
import org.proud2bops.platform.problem.Problems;

/** BCP 47 language tags, checked and written in their canonical form (en-gb becomes en-GB). */
public final class LanguageTags {

    private LanguageTags() {}

    /** The canonical form of the tag; 400 naming {@code field} when it is not a well-formed tag with a language. */
    public static String canonical(String tag, String field) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw Problems.badRequest("A language tag must name a language, e.g. en or zh-Hans", field);
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw Problems.badRequest("Not a BCP 47 language tag: use e.g. en, en-GB or zh-Hans", field);
        }
    }
}
