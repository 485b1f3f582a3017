package org.proud2bops.content.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetsTest {

    /** [ and ] stand for ts_headline's start and stop marks. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            plain [word] here                  | plain <mark>word</mark> here
            <script>alert(1)</script> [x]      | &lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>
            a & "b" 'c'                         | a &amp; &quot;b&quot; &#39;c&#39;
            [unclosed                           | <mark>unclosed</mark>
            stray] [[twice]]                    | stray <mark>twice</mark>
            <mark>forged</mark>                 | &lt;mark&gt;forged&lt;/mark&gt;
            """)
    void marksBecomeTheOnlyMarkup(String marked, String html) {
        String withMarks =
                marked.replace('[', PublicationRepository.MARK_START).replace(']', PublicationRepository.MARK_STOP);
        assertThat(Snippets.toSafeHtml(withMarks)).isEqualTo(html);
    }
}
