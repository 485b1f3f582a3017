package org.proud2bops.content.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns an item's Markdown body into HTML a page may include as it is: CommonMark rendering, then the OWASP sanitiser
 * with an allow-list of text formatting, headings, lists, quotes, code, tables, images and links. No script, style,
 * event handler, frame or form survives, and links and images keep only http, https (and, for links, mailto) URLs,
 * so no {@code javascript:} or {@code data:} URL does either. Raw HTML in the Markdown goes through the same list.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[a-zA-Z0-9_+-]{1,30}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "em",
                    "strong",
                    "del",
                    "s",
                    "sub",
                    "sup",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "pre",
                    "code",
                    "a",
                    "img",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("src", "alt", "title")
            .onElements("img")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            .allowAttributes("class")
            .matching(LANGUAGE_CLASS)
            .onElements("code")
            .allowAttributes("align")
            .matching(true, "left", "center", "right")
            .onElements("th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().sanitizeUrls(true).build();

    /** Safe HTML for the Markdown; empty for an empty body. */
    public String toSafeHtml(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
