package org.proud2bops.content.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.content.ContentTestData.PUBLICATION;
import static org.proud2bops.content.ContentTestData.PUBLICATIONS;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.asContentEditor;
import static org.proud2bops.content.ContentTestData.asRegionalClient;
import static org.proud2bops.content.ContentTestData.asSomeoneWith;
import static org.proud2bops.content.ContentTestData.callForAbstracts;
import static org.proud2bops.content.ContentTestData.createItem;
import static org.proud2bops.content.ContentTestData.etagOf;
import static org.proud2bops.content.ContentTestData.moveTo;
import static org.proud2bops.content.ContentTestData.publishedItem;
import static org.proud2bops.content.ContentTestData.tryToReplace;
import static org.proud2bops.content.ContentTestData.unique;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.content.ContentTestData;
import org.proud2bops.content.TestClock;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class PublicationApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A series of three published parts (part 1 first), plus a draft part that is never listed. */
    private static Series publishedSeries() {
        String name = unique("Series");
        List<String> slugs = new java.util.ArrayList<>();
        for (int part = 1; part <= 3; part++) {
            Map<String, Object> body = article("part-" + part);
            body.put("series", Map.of("name", name, "part", part, "of", 4));
            if (part == 2) {
                body.put("kind", "INTERVIEW");
                body.put("topics", List.of("patient-flow", "winter-pressures"));
            }
            if (part == 3) {
                body.put("language", "zh-Hans");
            }
            publishedItem(body);
            slugs.add((String) body.get("slug"));
        }
        Map<String, Object> draft = article("part-4");
        draft.put("series", Map.of("name", name, "part", 4, "of", 4));
        createItem(draft);
        return new Series(name, slugs);
    }

    private record Series(String name, List<String> slugs) {}

    private static List<PublicationSummary> listed(RequestSpecification request) {
        return ContentTestData.publicationsListed(request);
    }

    @Test
    void publishedItemsAreListedNewestFirstAndPaged() {
        Series series = publishedSeries();

        assertThat(listed(anonymous().queryParam("series", series.name())))
                .extracting(PublicationSummary::slug)
                .containsExactly(
                        series.slugs().get(2),
                        series.slugs().get(1),
                        series.slugs().get(0));
        ExtractableResponse<Response> firstPage = anonymous()
                .queryParam("series", series.name())
                .queryParam("size", 2)
                .get(PUBLICATIONS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .extract();
        assertThat(firstPage.headers().getValues("Link"))
                .anyMatch(link -> link.contains("page=2") && link.endsWith("rel=\"next\""));
        List<String> secondPage = anonymous()
                .queryParam("series", series.name())
                .queryParam("size", 2)
                .queryParam("page", 2)
                .get(PUBLICATIONS)
                .then()
                .extract()
                .jsonPath()
                .getList("items.slug");
        assertThat(secondPage).containsExactly(series.slugs().get(0));
    }

    @Test
    void filtersNarrowTheList() {
        Series series = publishedSeries();
        PublicationSummary second =
                listed(anonymous().queryParam("series", series.name())).get(1);

        assertThat(listed(anonymous().queryParam("series", series.name()).queryParam("kind", "INTERVIEW")))
                .extracting(PublicationSummary::slug)
                .containsExactly(series.slugs().get(1));
        assertThat(listed(anonymous().queryParam("series", series.name()).queryParam("topic", "patient-flow")))
                .extracting(PublicationSummary::slug)
                .containsExactly(series.slugs().get(1));
        assertThat(listed(anonymous().queryParam("series", series.name()).queryParam("language", "zh-hans")))
                .extracting(PublicationSummary::slug)
                .containsExactly(series.slugs().get(2));
        assertThat(listed(anonymous()
                        .queryParam("series", series.name())
                        .queryParam("publishedFrom", second.publishedAt().toString())))
                .extracting(PublicationSummary::slug)
                .containsExactly(series.slugs().get(2), series.slugs().get(1));
        assertThat(listed(anonymous()
                        .queryParam("series", series.name())
                        .queryParam("publishedBefore", second.publishedAt().toString())))
                .extracting(PublicationSummary::slug)
                .containsExactly(series.slugs().get(0));
        assertThat(second.series().part()).isEqualTo(2);
        assertThat(second.series().of()).isEqualTo(4);
        anonymous()
                .queryParam("language", "not a tag!")
                .get(PUBLICATIONS)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("language"));
    }

    @Test
    void aPublishedItemIsReadBySlugWithAnETagAndItsBodyAsSafeHtml() {
        Map<String, Object> body = article("by-slug");
        body.put(
                "body",
                "Read **this**.\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1))\n\n"
                        + "<img src=x onerror=alert(1)>");
        String id = publishedItem(body);

        var read = anonymous()
                .get(PUBLICATION, body.get("slug"))
                .then()
                .statusCode(200)
                .extract();
        PublicationResponse publication = read.as(PublicationResponse.class);
        assertThat(publication.id().toString()).isEqualTo(id);
        assertThat(publication.bodyHtml())
                .contains("<strong>this</strong>")
                .doesNotContain("<script", "javascript:", "onerror");
        anonymous()
                .header("If-None-Match", read.header("ETag"))
                .get(PUBLICATION, body.get("slug"))
                .then()
                .statusCode(304);

        // A change gives it a new tag
        body.put("summary", "A new summary");
        tryToReplace(id, etagOf(id), body).statusCode(200);
        anonymous()
                .header("If-None-Match", read.header("ETag"))
                .get(PUBLICATION, body.get("slug"))
                .then()
                .statusCode(200)
                .body("summary", equalTo("A new summary"));
    }

    @Test
    void aSlugInSeveralLanguagesIsReadInTheOneAskedForOrElseTheFirstPublished() {
        Map<String, Object> english = article("abstract");
        english.put("kind", "CONFERENCE_ABSTRACT");
        publishedItem(english);
        Map<String, Object> chinese = new java.util.HashMap<>(english);
        chinese.put("language", "zh-Hans");
        chinese.put("title", "运营管理摘要");
        publishedItem(chinese);

        anonymous().get(PUBLICATION, english.get("slug")).then().body("language", equalTo("en"));
        anonymous()
                .queryParam("language", "zh-Hans")
                .get(PUBLICATION, english.get("slug"))
                .then()
                .body("language", equalTo("zh-Hans"))
                .body("title", equalTo("运营管理摘要"));
        // Not linked as translations, they are still the slug's languages; one not among them falls back
        anonymous()
                .queryParam("language", "fr")
                .get(PUBLICATION, english.get("slug"))
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("fallback", equalTo(true))
                .body("requestedLanguage", equalTo("fr"));
    }

    @Test
    void theListHasAnETagThatChangesWithWhatItShows() {
        String name = unique("Tagged");
        Map<String, Object> call = callForAbstracts("tagged-call", 1);
        call.put("series", Map.of("name", name, "part", 1, "of", 3));
        String callId = publishedItem(call);
        String first = listTag(name, null, 200);
        assertThat(listTag(name, first, 304)).isEqualTo(first);

        // Another page or filter is another list
        assertThat(anonymous()
                        .queryParam("series", name)
                        .queryParam("size", 5)
                        .get(PUBLICATIONS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag"))
                .isNotEqualTo(first);
        // A new item, an edited one, a closed call and an unpublished one each change the list
        Map<String, Object> second = article("tagged-second");
        second.put("series", Map.of("name", name, "part", 2, "of", 3));
        String secondId = publishedItem(second);
        String afterNew = listTag(name, first, 200);
        second.put("title", "Retitled");
        tryToReplace(secondId, etagOf(secondId), second).statusCode(200);
        String afterEdit = listTag(name, afterNew, 200);
        clock.advance(Duration.ofDays(2));
        String afterClosing = listTag(name, afterEdit, 200);
        moveTo(callId, "DRAFT", null);
        String afterUnpublish = listTag(name, afterClosing, 200);
        assertThat(List.of(first, afterNew, afterEdit, afterClosing, afterUnpublish))
                .doesNotHaveDuplicates();
        assertThat(listTag(name, afterUnpublish, 304)).isEqualTo(afterUnpublish);
    }

    /** The series' list asked for with {@code If-None-Match} (null for none), answered with the status; its ETag. */
    private static String listTag(String series, String ifNoneMatch, int status) {
        RequestSpecification request = anonymous().queryParam("series", series);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get(PUBLICATIONS).then().statusCode(status).extract().header("ETag");
    }

    @Test
    void draftsAndUnpublishedItemsAreNotReadable() {
        Map<String, Object> body = article("unpublished");
        String id = createItem(body);
        anonymous().get(PUBLICATION, body.get("slug")).then().spec(problem(ProblemType.NOT_FOUND));
        moveTo(id, "IN_REVIEW", null);
        moveTo(id, "PUBLISHED", null);
        anonymous().get(PUBLICATION, body.get("slug")).then().statusCode(200);
        moveTo(id, "DRAFT", null);
        anonymous().get(PUBLICATION, body.get("slug")).then().spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void membersOnlyItemsAreForMembersAndEditors() {
        Map<String, Object> body = article("members-only");
        body.put("visibility", "MEMBERS_ONLY");
        String name = unique("Members series");
        body.put("series", Map.of("name", name, "part", 1, "of", 1));
        publishedItem(body);

        assertThat(listed(anonymous().queryParam("series", name))).isEmpty();
        RequestSpecification activeMember = ContentTestData.activeMember().asThem();
        assertThat(listed(activeMember.queryParam("series", name)))
                .extracting(PublicationSummary::slug)
                .containsExactly((String) body.get("slug"));
        anonymous().get(PUBLICATION, body.get("slug")).then().statusCode(401);
        asSomeoneWith("events-admin").get(PUBLICATION, body.get("slug")).then().spec(problem(ProblemType.FORBIDDEN));
        asRegionalClient("LONDON").get(PUBLICATION, body.get("slug")).then().statusCode(403);
        ContentTestData.activeMember()
                .asThem()
                .get(PUBLICATION, body.get("slug"))
                .then()
                .statusCode(200);
        asContentEditor().get(PUBLICATION, body.get("slug")).then().statusCode(200);
    }

    @Test
    void aCallSaysItIsClosedOnceItsClosingDatePassesAndLeavesTheOpenCalls() {
        String name = unique("Calls");
        Map<String, Object> soon = callForAbstracts("closing-soon", 1);
        soon.put("series", Map.of("name", name, "part", 1, "of", 2));
        publishedItem(soon);
        Map<String, Object> later = callForAbstracts("closing-later", 30);
        later.put("series", Map.of("name", name, "part", 2, "of", 2));
        publishedItem(later);
        Map<String, Object> news = article("news");
        news.put("kind", "NEWS");
        news.put("series", Map.of("name", name, "part", 1, "of", 2));
        publishedItem(news);

        assertThat(listed(anonymous().queryParam("series", name).queryParam("openCalls", true)))
                .extracting(PublicationSummary::slug)
                .containsExactlyInAnyOrder((String) soon.get("slug"), (String) later.get("slug"));
        String openTag = anonymous()
                .get(PUBLICATION, soon.get("slug"))
                .then()
                .body("closed", equalTo(false))
                .extract()
                .header("ETag");

        clock.advance(Duration.ofDays(2));

        assertThat(listed(anonymous().queryParam("series", name).queryParam("openCalls", true)))
                .extracting(PublicationSummary::slug)
                .containsExactly((String) later.get("slug"));
        anonymous()
                .header("If-None-Match", openTag)
                .get(PUBLICATION, soon.get("slug"))
                .then()
                .statusCode(200)
                .body("closed", equalTo(true));
        assertThat(listed(anonymous().queryParam("series", name)))
                .filteredOn(p -> p.slug().equals(soon.get("slug")))
                .singleElement()
                .satisfies(p -> assertThat(p.closed()).isTrue());
    }
}
