package org.proud2bops.content.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.content.ContentTestData.PUBLICATIONS;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.createItem;
import static org.proud2bops.content.ContentTestData.publishedItem;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.proud2bops.content.ContentTestData;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class SearchApiTest {

    private static final Random RANDOM = new Random();

    /** A made-up word of letters only, so no other test's item contains it. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private static Map<String, Object> item(String language, String title, String summary, String body) {
        Map<String, Object> item = article("search");
        item.put("language", language);
        item.put("title", title);
        item.put("summary", summary);
        item.put("body", body);
        return item;
    }

    private static List<PublicationSummary> found(RequestSpecification request, String q) {
        return ContentTestData.publicationsListed(request.queryParam("q", q));
    }

    private static List<String> slugs(List<PublicationSummary> found) {
        return found.stream().map(PublicationSummary::slug).toList();
    }

    @Test
    void aSearchRanksTitleMatchesFirstAndStemsEnglish() {
        String word = word();
        Map<String, Object> inBody = item("en", "Winter wards", "Bed capacity", "We kept " + word + " beds open.");
        publishedItem(inBody);
        Map<String, Object> inTitle =
                item("en", "Planning " + word + " capacity", "What " + word + " teams did", "Start early.");
        publishedItem(inTitle);
        createItem(item("en", "Draft " + word, "Never published", "Nothing."));

        List<PublicationSummary> hits = found(anonymous(), word);
        assertThat(slugs(hits)).containsExactly((String) inTitle.get("slug"), (String) inBody.get("slug"));
        assertThat(hits.get(0).match().rank()).isGreaterThan(hits.get(1).match().rank());
        assertThat(hits.get(1).match().snippet()).contains("<mark>" + word + "</mark>");

        // English is stemmed: "plans" finds "Planning"; websearch syntax excludes with a minus
        assertThat(slugs(found(anonymous(), word + " plans"))).containsExactly((String) inTitle.get("slug"));
        assertThat(slugs(found(anonymous(), word + " -planning"))).containsExactly((String) inBody.get("slug"));
        // Without q, the list has no match
        assertThat(anonymous()
                        .queryParam("series", "none")
                        .get(PUBLICATIONS)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items", PublicationSummary.class))
                .allSatisfy(summary -> assertThat(summary.match()).isNull());
    }

    @Test
    void otherLanguagesAreSearchedWordForWord() {
        String word = word();
        Map<String, Object> french = item("fr", "Les hôpitaux " + word, "Résumé", "Planning des lits " + word + ".");
        publishedItem(french);
        Map<String, Object> english = item("en", "Hospitals " + word, "Summary", "Planning beds " + word + ".");
        publishedItem(english);

        assertThat(slugs(found(anonymous(), "hôpitaux " + word))).containsExactly((String) french.get("slug"));
        // simple does not stem: "hôpital" is not "hôpitaux", "plans" is not "planning"; english does
        assertThat(found(anonymous(), "hôpital " + word)).isEmpty();
        assertThat(slugs(found(anonymous(), "plans " + word))).containsExactly((String) english.get("slug"));
        // Filters combine with the search
        assertThat(slugs(found(anonymous().queryParam("language", "fr"), word)))
                .containsExactly((String) french.get("slug"));
    }

    @Test
    void snippetsCarryNoMarkupButTheMarks() {
        String word = word();
        Map<String, Object> hostile = item(
                "en",
                "Hostile " + word,
                "Plain summary",
                "<script>alert(1)</script> <b>bold</b> & \"quoted\" " + word
                        + " <img src=x onerror=alert(1)> <mark>forged</mark>");
        publishedItem(hostile);

        String snippet = found(anonymous(), word).getFirst().match().snippet();
        assertThat(snippet)
                // ts_headline drops what its parser takes for tags (<script>, <b>); the rest is escaped
                .contains("<mark>" + word + "</mark>", "&lt;img src=x onerror=alert(1)&gt;", "&amp;", "&quot;")
                .doesNotContain("<script", "<img", "<b>", "<mark>forged");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void aSearchIsPagedAndKeepsMembersOnlyItemsForMembers() {
        String word = word();
        for (int i = 0; i < 3; i++) {
            publishedItem(item("en", "Paged " + word, "Part " + i, "Body"));
        }
        Map<String, Object> membersOnly = item("en", "Members " + word, "For members", "Body");
        membersOnly.put("visibility", "MEMBERS_ONLY");
        publishedItem(membersOnly);

        assertThat(found(anonymous(), word)).hasSize(3);
        assertThat(slugs(found(ContentTestData.activeMember().asThem(), word)))
                .contains((String) membersOnly.get("slug"));
        List<String> pages = new java.util.ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            pages.addAll(anonymous()
                    .queryParam("q", word)
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get(PUBLICATIONS)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(3))
                    .body("totalPages", equalTo(2))
                    .extract()
                    .jsonPath()
                    .getList("items.slug", String.class));
        }
        assertThat(pages).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void aSearchNeedsAWord() {
        anonymous()
                .queryParam("q", "  ")
                .get(PUBLICATIONS)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("q"));
        anonymous()
                .queryParam("q", "x".repeat(201))
                .get(PUBLICATIONS)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
        // Stop words alone find nothing, without failing
        assertThat(found(anonymous(), "the and of")).isEmpty();
    }
}
