package org.proud2bops.content.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.content.ContentTestData.ITEM;
import static org.proud2bops.content.ContentTestData.ITEMS;
import static org.proud2bops.content.ContentTestData.RESTORE;
import static org.proud2bops.content.ContentTestData.REVISION;
import static org.proud2bops.content.ContentTestData.REVISIONS;
import static org.proud2bops.content.ContentTestData.TRANSITIONS;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.asAdmin;
import static org.proud2bops.content.ContentTestData.asContentEditor;
import static org.proud2bops.content.ContentTestData.asRegionalClient;
import static org.proud2bops.content.ContentTestData.asSomeoneWith;
import static org.proud2bops.content.ContentTestData.callForAbstracts;
import static org.proud2bops.content.ContentTestData.createItem;
import static org.proud2bops.content.ContentTestData.etagOf;
import static org.proud2bops.content.ContentTestData.inDays;
import static org.proud2bops.content.ContentTestData.moveTo;
import static org.proud2bops.content.ContentTestData.revisionsOf;
import static org.proud2bops.content.ContentTestData.tryToMove;
import static org.proud2bops.content.ContentTestData.tryToReplace;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.content.TestClock;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class ItemApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aClosedCallMayBeCorrectedButNotGivenAnotherPastClosingDate() {
        Map<String, Object> call = callForAbstracts("closed-call", 1);
        String id = createItem(call);
        clock.advance(Duration.ofDays(2));
        assertThat(asContentEditor()
                        .get(ITEM, id)
                        .then()
                        .extract()
                        .as(ItemResponse.class)
                        .closed())
                .isTrue();

        call.put("title", "Call for abstracts, corrected");
        tryToReplace(id, etagOf(id), call).statusCode(200).body("closed", equalTo(true));
        // A day and a half from now by the wall clock: half a day ago by the service's clock, moved on two days
        call.put(
                "closesAt",
                Instant.now()
                        .plus(Duration.ofHours(36))
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        tryToReplace(id, etagOf(id), call)
                .spec(problem(ProblemType.DATE_IN_THE_PAST))
                .body("field", equalTo("closesAt"));
        call.put("closesAt", inDays(5));
        tryToReplace(id, etagOf(id), call).statusCode(200).body("closed", equalTo(false));
    }

    @Test
    void anEditorWritesADraftThatKeepsEveryFieldAndRendersTheBody() {
        Map<String, Object> body = article("winter-planning");
        body.put("language", "en-gb");
        body.put("series", Map.of("name", "Winter planning", "part", 1, "of", 3));
        body.put("links", List.of(Map.of("title", "The report", "url", "https://example.org/report")));
        body.put("visibility", "MEMBERS_ONLY");

        var created = asContentEditor()
                .body(body)
                .post(ITEMS)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/content/items/"))
                .extract();
        ItemResponse item = created.as(ItemResponse.class);

        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.kind()).isEqualTo(ContentKind.ARTICLE);
        assertThat(item.language()).isEqualTo("en-GB");
        assertThat(item.slug()).isEqualTo(body.get("slug"));
        assertThat(item.topics()).containsExactly("winter-pressures");
        assertThat(item.authors())
                .containsExactly(new GuestAuthor("Alex Morgan", "Chief Operating Officer, an ICB", "None"));
        assertThat(item.series()).isEqualTo(new Series("Winter planning", 1, 3));
        assertThat(item.links()).containsExactly(new ExternalLink("The report", "https://example.org/report"));
        assertThat(item.visibility()).isEqualTo(Visibility.MEMBERS_ONLY);
        assertThat(item.body()).isEqualTo("## Lessons\n\nStart *early*.");
        assertThat(item.bodyHtml()).isEqualTo("<h2>Lessons</h2>\n<p>Start <em>early</em>.</p>\n");
        assertThat(item.closed()).isFalse();
        assertThat(item.publishedAt()).isNull();
        assertThat(asContentEditor()
                        .get(ITEM, item.id())
                        .then()
                        .statusCode(200)
                        .extract()
                        .as(ItemResponse.class))
                .isEqualTo(item);
    }

    @Test
    void anItemIsReadWithAnETagAndListedByStatus() {
        String id = createItem(article("etag"));
        String etag = etagOf(id);
        asContentEditor().header("If-None-Match", etag).get(ITEM, id).then().statusCode(304);

        var listed = asContentEditor()
                .queryParam("size", 100)
                .get(ITEMS)
                .then()
                .statusCode(200)
                .extract();
        assertThat(listed.headers().getValues("Link")).anyMatch(link -> link.endsWith("rel=\"first\""));
        List<ItemResponse> drafts = listed.jsonPath().getList("items", ItemResponse.class);
        assertThat(drafts).extracting(ItemResponse::id).contains(UUID.fromString(id));
        assertThat(drafts).allSatisfy(item -> assertThat(item.status()).isEqualTo(ItemStatus.DRAFT));
        asContentEditor()
                .queryParam("status", "IN_REVIEW")
                .queryParam("size", 100)
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void aSlugIsUniqueWithinALanguageOnly() {
        Map<String, Object> english = article("shared-slug");
        createItem(english);

        Map<String, Object> again = article("other");
        again.put("slug", english.get("slug"));
        asContentEditor()
                .body(again)
                .post(ITEMS)
                .then()
                .spec(problem(ProblemType.ALREADY_EXISTS))
                .body("field", equalTo("slug"));
        again.put("language", "zh-Hans");
        asContentEditor().body(again).post(ITEMS).then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "language not a tag       | validation-failed | language",
                "language without one     | validation-failed | language",
                "unknown topic            | unknown-reference | topics[1]",
                "topic twice              | validation-failed | topics",
                "closing date in the past | date-in-the-past  | closesAt",
                "call without closing     | validation-failed | closesAt",
                "article with closing     | validation-failed | closesAt",
                "link not http            | validation-failed | links[0].url",
                "link without host        | validation-failed | links[0].url",
                "series part beyond       | validation-failed | series.part",
            })
    void aBrokenRuleIsATypedProblemNamingTheFieldAndWritesNothing(String rule, String type, String field) {
        Map<String, Object> body = callForAbstracts("broken", 30);
        BROKEN.get(rule).accept(body);

        asContentEditor()
                .body(body)
                .post(ITEMS)
                .then()
                .spec(problem(ProblemType.valueOf(type.toUpperCase().replace('-', '_'))))
                .body("field", equalTo(field));
        assertThat(asContentEditor()
                        .queryParam("size", 100)
                        .get(ITEMS)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.slug"))
                .doesNotContain(body.get("slug"));
    }

    private static final Map<String, Consumer<Map<String, Object>>> BROKEN = Map.of(
            "language not a tag", b -> b.put("language", "english_UK!"),
            "language without one", b -> b.put("language", "x-private"),
            "unknown topic", b -> b.put("topics", List.of("patient-flow", "astrology")),
            "topic twice", b -> b.put("topics", List.of("patient-flow", "patient-flow")),
            "closing date in the past", b -> b.put("closesAt", inDays(-1)),
            "call without closing", b -> b.remove("closesAt"),
            "article with closing", b -> b.put("kind", "ARTICLE"),
            "link not http", b -> b.put("links", List.of(Map.of("title", "x", "url", "javascript:alert(1)"))),
            "link without host", b -> b.put("links", List.of(Map.of("title", "x", "url", "https:///nohost"))),
            "series part beyond", b -> b.put("series", Map.of("name", "A series", "part", 4, "of", 3)));

    @Test
    void anUpdateNeedsTheCurrentETagAndKeepsARevisionOfWhatChanged() {
        Map<String, Object> body = article("update");
        String id = createItem(body);
        String etag = etagOf(id);
        Object firstTitle = body.get("title");
        body.put("title", "A better title");
        body.put("topics", List.of("winter-pressures", "patient-flow"));

        asContentEditor().body(body).put(ITEM, id).then().spec(problem(ProblemType.MISSING_PRECONDITION));
        String updated = tryToReplace(id, etag, body)
                .statusCode(200)
                .body("title", equalTo("A better title"))
                .extract()
                .header("ETag");
        tryToReplace(id, etag, body).spec(problem(ProblemType.STALE_VERSION));
        // The same again changes nothing and keeps no revision
        tryToReplace(id, updated, body).statusCode(200).header("ETag", updated);

        JsonPath history = asContentEditor()
                .get(REVISIONS, id)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .extract()
                .jsonPath();
        List<RevisionResponse> revisions = history.getList("items", RevisionResponse.class);
        assertThat(revisions).extracting(RevisionResponse::number).containsExactly(2, 1);
        RevisionResponse edit = revisions.getFirst();
        assertThat(edit.change()).isEqualTo(RevisionChange.EDITED);
        assertThat(edit.changedFields()).containsExactly("title", "topics");
        assertThat(edit.editor()).isEqualTo("editor");
        assertThat(edit.snapshot().content().title()).isEqualTo("A better title");
        assertThat(revisions.get(1).change()).isEqualTo(RevisionChange.CREATED);
        assertThat(revisions.get(1).snapshot().content().title()).isEqualTo(firstTitle);
    }

    @Test
    void topicsKeepTheEditorsOrderWhenReordered() {
        Map<String, Object> body = article("reorder");
        body.put("topics", List.of("winter-pressures", "patient-flow", "wellbeing"));
        String id = createItem(body);
        body.put("topics", List.of("wellbeing", "winter-pressures", "patient-flow"));

        List<String> topics = tryToReplace(id, etagOf(id), body)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("topics", String.class);
        assertThat(topics).containsExactly("wellbeing", "winter-pressures", "patient-flow");
        assertThat(asContentEditor().get(ITEM, id).then().extract().jsonPath().getList("topics", String.class))
                .containsExactly("wellbeing", "winter-pressures", "patient-flow");
    }

    @Test
    void aBrokenUpdateChangesNothing() {
        Map<String, Object> body = article("broken-update");
        String id = createItem(body);
        String etag = etagOf(id);
        body.put("title", "Changed with an unknown topic");
        body.put("topics", List.of("astrology"));

        tryToReplace(id, etag, body).spec(problem(ProblemType.UNKNOWN_REFERENCE));
        asContentEditor()
                .get(ITEM, id)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("title", equalTo("Leading through winter broken-update"));
        asContentEditor().get(REVISIONS, id).then().body("totalItems", equalTo(1));
    }

    @Test
    void anEarlierRevisionIsRestoredAsANewRevision() {
        Map<String, Object> body = article("restore");
        String id = createItem(body);
        String firstTitle = (String) body.get("title");
        body.put("title", "Second title");
        body.put("summary", "Second summary");
        String etag =
                tryToReplace(id, etagOf(id), body).statusCode(200).extract().header("ETag");

        RevisionResponse first = asContentEditor()
                .get(REVISION, id, 1)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .as(RevisionResponse.class);
        assertThat(first.snapshot().content().title()).isEqualTo(firstTitle);
        asContentEditor()
                .header("If-None-Match", "\"1\"")
                .get(REVISION, id, 1)
                .then()
                .statusCode(304);

        asContentEditor().post(RESTORE, id, 1).then().spec(problem(ProblemType.MISSING_PRECONDITION));
        ItemResponse restored = asAdmin()
                .header("If-Match", etag)
                .post(RESTORE, id, 1)
                .then()
                .statusCode(200)
                .extract()
                .as(ItemResponse.class);
        assertThat(restored.title()).isEqualTo(firstTitle);
        assertThat(restored.summary()).isEqualTo("What operational teams learned last winter");

        RevisionResponse third = asContentEditor()
                .get(REVISION, id, 3)
                .then()
                .statusCode(200)
                .extract()
                .as(RevisionResponse.class);
        assertThat(third.change()).isEqualTo(RevisionChange.RESTORED);
        assertThat(third.restoredFrom()).isEqualTo(1);
        assertThat(third.changedFields()).containsExactly("title", "summary");
        assertThat(third.editor()).isEqualTo("an-admin");
        asContentEditor().get(REVISION, id, 9).then().spec(problem(ProblemType.NOT_FOUND));
        asContentEditor()
                .header("If-Match", etagOf(id))
                .post(RESTORE, id, 9)
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void anItemMovesThroughTheWorkflowAndAnotherMoveIsRefused() {
        String id = createItem(article("workflow"));
        tryToMove(id, etagOf(id), Map.of("to", "PUBLISHED"))
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED))
                .body("field", equalTo("to"));

        moveTo(id, "IN_REVIEW", null);
        moveTo(id, "PUBLISHED", null);
        ItemResponse published =
                asContentEditor().get(ITEM, id).then().extract().as(ItemResponse.class);
        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        moveTo(id, "ARCHIVED", null);
        moveTo(id, "DRAFT", null);

        List<RevisionResponse> revisions = revisionsOf(id);
        assertThat(revisions)
                .extracting(r -> r.snapshot().status())
                .containsExactly(
                        ItemStatus.DRAFT,
                        ItemStatus.ARCHIVED,
                        ItemStatus.PUBLISHED,
                        ItemStatus.IN_REVIEW,
                        ItemStatus.DRAFT);
        assertThat(revisions.getFirst().change()).isEqualTo(RevisionChange.STATUS_CHANGED);
        assertThat(revisions.getFirst().changedFields()).containsExactly("status");
    }

    @Test
    void aTransitionNeedsTheCurrentETagAndPublishAtOnlyForSchedules() {
        String id = createItem(article("transition-rules"));
        String etag = etagOf(id);
        asContentEditor()
                .body(Map.of("to", "IN_REVIEW"))
                .post(TRANSITIONS, id)
                .then()
                .spec(problem(ProblemType.MISSING_PRECONDITION));
        tryToMove(id, etag, Map.of("to", "IN_REVIEW", "publishAt", inDays(1)))
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("publishAt"));
        moveTo(id, "IN_REVIEW", null);
        tryToMove(id, etag, Map.of("to", "DRAFT")).spec(problem(ProblemType.STALE_VERSION));
        tryToMove(id, etagOf(id), Map.of("to", "SCHEDULED"))
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("publishAt"));
    }

    @Test
    void onlyContentEditorsAndAdminsWriteItems() {
        Map<String, Object> body = article("roles");
        anonymous().body(body).post(ITEMS).then().statusCode(401);
        asSomeoneWith("member").body(body).post(ITEMS).then().statusCode(403);
        asSomeoneWith("events-admin").body(body).post(ITEMS).then().statusCode(403);
        asRegionalClient("LONDON").body(body).post(ITEMS).then().statusCode(403);
        asSomeoneWith("member").get(ITEMS).then().statusCode(403);
        asAdmin().body(body).post(ITEMS).then().statusCode(201);
        asContentEditor()
                .header("If-Match", "\"0\"")
                .body(article("roles"))
                .put(ITEM, UUID.randomUUID())
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        asContentEditor().get(REVISIONS, UUID.randomUUID()).then().spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOneItem() {
        Map<String, Object> body = article("idempotent");
        String key = UUID.randomUUID().toString();
        String first = createItem(asContentEditor().header("Idempotency-Key", key), body);
        String second = asContentEditor()
                .header("Idempotency-Key", key)
                .body(body)
                .post(ITEMS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .path("id");
        assertThat(second).isEqualTo(first);
    }
}
