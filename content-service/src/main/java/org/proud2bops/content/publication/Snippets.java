package org.proud2bops.content.publication;

/**
 * Search snippets made safe to include as HTML: PostgreSQL's ts_headline marks matches with two control characters
 * (the text is stripped of them first); everything is HTML-escaped, then the marks become {@code <mark>} tags, the
 * only markup a snippet can hold. Whatever the body says (Markdown, raw HTML, script) comes out as text.
 */
final class Snippets {

    private Snippets() {}

    static String toSafeHtml(String marked) {
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case PublicationRepository.MARK_START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case PublicationRepository.MARK_STOP -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
