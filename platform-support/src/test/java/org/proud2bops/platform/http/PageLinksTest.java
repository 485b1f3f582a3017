package org.proud2bops.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Link headers of a page: the request's query as sent, page and size replaced at its end. */
class PageLinksTest {

    private static final String LIST = "https://api.example.test/api/events";

    @ParameterizedTest(name = "page {0} of {1}, query {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            1 | 1 | NULL                                   | first 1, last 1
            1 | 3 | ''                                     | first 1, next 2, last 3
            2 | 3 | page=2&size=5                          | first 1, prev 1, next 3, last 3
            3 | 3 | page=3                                 | first 1, prev 2, last 3
            9 | 3 | size=5&page=9                          | first 1, prev 3, last 3
            """)
    void linksToTheFirstPreviousNextAndLastPage(int page, int totalPages, String rawQuery, String expected) {
        PageResponse<String> response = new PageResponse<>(List.of(), page, 5, totalPages * 5L, totalPages);

        List<String> links = response.links(LIST, rawQuery);

        assertThat(links)
                .containsExactly(List.of(expected.split(", ")).stream()
                        .map(relation -> relation.split(" "))
                        .map(relation -> "<" + LIST + "?page=" + relation[1] + "&size=5>; rel=\"" + relation[0] + "\"")
                        .toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kind=SUMMIT&page=2&size=5                         | kind=SUMMIT&
            page=2&kind=SUMMIT&size=5&region=LONDON           | kind=SUMMIT&region=LONDON&
            endingAfter=2027-01-01T00%3A00%3A00Z&size=5       | endingAfter=2027-01-01T00%3A00%3A00Z&
            q=a%26b&&sizes=3&pages&page=2                     | q=a%26b&sizes=3&pages&
            """)
    void otherParametersStayAsSentInTheirOrder(String rawQuery, String kept) {
        PageResponse<String> response = new PageResponse<>(List.of(), 2, 5, 10, 2);

        assertThat(response.links(LIST, rawQuery))
                .first()
                .isEqualTo("<" + LIST + "?" + kept + "page=1&size=5>; rel=\"first\"");
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
        "https://api.example.test, /api/events, https://api.example.test/api/events",
        "https://api.example.test/, /api/events, https://api.example.test/api/events",
        "https://api.example.test/, api/events, https://api.example.test/api/events",
        "https://api.example.test, api/events, https://api.example.test/api/events",
        "https://example.test/platform/, /api/events/a%20b, https://example.test/platform/api/events/a%20b"
    })
    void theListsPathFollowsThePublicBaseWithOneSlash(String base, String path, String expected) {
        assertThat(PublicLinks.joined(base, path)).isEqualTo(expected);
    }
}
