package org.proud2bops.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Hello <script src=\"https://evil.example/x.js\"></script> world",
                "<SCRIPT>alert(1)</SCRIPT>",
                "<scr<script>ipt>alert(1)</script>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](  javascript:alert(1))",
                "[click](java&#x09;script:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"jav&#x0A;ascript:alert(1)\">click</a>",
                "[ref]\n\n[ref]: javascript:alert(1)",
                "<https://x.example/?q=<script>alert(1)</script>>",
                "![x](javascript:alert(1))",
                "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<img src=x onerror=alert(1)>",
                "<img src=\"https://ok.example/a.png\" onload=\"alert(1)\">",
                "<p onclick=\"alert(1)\">text</p>",
                "<div onmouseover=\"alert(1)\">text</div>",
                "<svg onload=alert(1)><circle/></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>go</button></form>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<a href=\"https://ok.example\" style=\"background:url(javascript:alert(1))\">x</a>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<body onload=alert(1)>",
                "```html\n<script>alert(1)</script>\n```",
                "<!-- --><script>alert(1)</script><!-- -->",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            })
    void noScriptHandlerOrJavascriptLinkSurvives(String hostile) {
        String html = renderer.toSafeHtml(hostile).toLowerCase(Locale.ROOT);

        assertThat(html).doesNotContain("<script", "javascript:", "<iframe", "<object", "<embed", "<form", "<style");
        assertThat(html).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
        assertThat(html).doesNotContainPattern("<[^>]+(href|src)\\s*=\\s*\"?data:");
        assertThat(html).doesNotContain("<svg", "<meta", "<base", "<math");
    }

    @Test
    void ordinaryMarkdownKeepsItsFormattingAndSafeLinks() {
        String html = renderer.toSafeHtml("""
                ## Lessons from winter

                Start **early** and *plan* together:

                1. Discharge
                2. Flow

                > Quote

                See [the report](https://example.org/report) and ![chart](https://example.org/c.png).

                `code`
                """);

        assertThat(html)
                .contains("<h2>Lessons from winter</h2>")
                .contains("<strong>early</strong>", "<em>plan</em>")
                .contains("<ol>", "<li>Discharge</li>")
                .contains("<blockquote>")
                .contains("<code>code</code>")
                .containsPattern("<a href=\"https://example\\.org/report\"[^>]*rel=\"[^\"]*nofollow")
                .contains("<img src=\"https://example.org/c.png\" alt=\"chart\" />");
    }

    @Test
    void anEscapedScriptIsShownAsText() {
        assertThat(renderer.toSafeHtml("Write `<script>` in a code span")).contains("<code>&lt;script&gt;</code>");
    }
}
