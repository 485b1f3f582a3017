package org.proud2bops.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.TestClock;
import org.proud2bops.events.question.QuestionKind;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * An event's partners, tags, registration questions, online joining link and registration window, and its status
 * moving draft, published, cancelled or completed: each rule refused as a typed problem that changes nothing.
 */
@QuarkusTest
@WithPlatformInfrastructure
class EventDetailsApiTest {

    private static final String EVENTS = "/api/events";
    private static final String EVENT = "/api/events/{eventId}";
    private static final String EVENT_CALENDAR = "/api/events/{eventId}/calendar.ics";
    private static final String FEED = "/api/events/calendar.ics";

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** A published event with every detail, its online link unique to it. */
    static Map<String, Object> detailedEvent(String tag) {
        Map<String, Object> body = EventsTestData.event(null, 50);
        body.put(
                "partners",
                List.of(
                        Map.of("name", "NHS Confederation", "url", "https://www.nhsconfed.org"),
                        Map.of("name", "Royal Free London", "odsCode", "RAL")));
        body.put("tags", List.of(tag, "leadership", tag));
        body.put(
                "questions",
                List.of(
                        Map.of(
                                "key",
                                "dietary",
                                "label",
                                "Dietary needs",
                                "kind",
                                "CHOICE",
                                "options",
                                List.of("None", "Vegetarian", "Vegan"),
                                "required",
                                true),
                        Map.of("key", "access", "label", "Access needs", "kind", "FREE_TEXT", "required", false)));
        body.put("onlineLink", "https://meet.example.org/room-" + UUID.randomUUID());
        Instant startsAt = Instant.parse((String) body.get("startsAt"));
        body.put("registrationOpensAt", startsAt.minus(Duration.ofDays(30)).toString());
        body.put("registrationClosesAt", startsAt.minus(Duration.ofDays(1)).toString());
        return body;
    }

    @Test
    void anEventShowsItsPartnersTagsQuestionsAndWindowToAllAndItsOnlineLinkToThoseWhoRunEventsOnly() throws Exception {
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = detailedEvent(tag);
        String link = (String) body.get("onlineLink");
        String id = EventsTestData.createEvent(body);

        EventResponse seenByAdmin =
                asEventsAdmin().get(EVENT, id).then().statusCode(200).extract().as(EventResponse.class);
        assertThat(seenByAdmin.onlineLink()).isEqualTo(link);
        assertThat(seenByAdmin.tags()).containsExactly(tag, "leadership");
        assertThat(seenByAdmin.partners())
                .containsExactly(
                        new EventPartner("NHS Confederation", "https://www.nhsconfed.org", null),
                        new EventPartner("Royal Free London", null, "RAL"));
        assertThat(seenByAdmin.questions()).hasSize(2);
        assertThat(seenByAdmin.questions().get(0).kind()).isEqualTo(QuestionKind.CHOICE);
        assertThat(seenByAdmin.questions().get(0).options()).containsExactly("None", "Vegetarian", "Vegan");
        assertThat(seenByAdmin.registrationOpensAt()).hasToString((String) body.get("registrationOpensAt"));
        assertThat(seenByAdmin.registrationClosesAt()).hasToString((String) body.get("registrationClosesAt"));

        String publicEvent =
                anonymous().get(EVENT, id).then().statusCode(200).extract().asString();
        assertThat(publicEvent)
                .doesNotContain(link)
                .doesNotContain("onlineLink")
                .contains("NHS Confederation");
        String publicList = anonymous()
                .queryParam("tag", tag)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(publicList).doesNotContain(link).contains(id);
        assertThat(anonymous()
                        .get(EVENT_CALENDAR, id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain(link);
        assertThat(anonymous()
                        .queryParam("kind", "REGIONAL_MEETING")
                        .get(FEED)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain(link);
        asEventsAdmin()
                .queryParam("tag", tag)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("items[0].onlineLink", equalTo(link));
    }

    @Test
    void theHostingNetworksLeadSeesTheOnlineLinkWithTheEventAndAnotherNetworksLeadDoesNot() {
        Map<String, Object> body = EventsTestData.eventWithQuestions(Region.LONDON, 10);
        String link = (String) body.get("onlineLink");
        String id = EventsTestData.createEvent(body);

        EventsTestData.leadOf("london")
                .asLead()
                .get(EVENT, id)
                .then()
                .statusCode(200)
                .body("onlineLink", equalTo(link));
        assertThat(EventsTestData.leadOf("north-west")
                        .asLead()
                        .get(EVENT, id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain(link);
    }

    @Test
    void eventsAreListedByTag() {
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
        String tagged = EventsTestData.createEvent(detailedEvent(tag));
        String other = EventsTestData.createEvent(detailedEvent("other-" + tag));

        anonymous()
                .queryParam("tag", tag)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", hasItem(tagged))
                .body("items.id", not(hasItem(other)));
        anonymous().queryParam("tag", "Not-Lower").get(EVENTS).then().spec(problem(ProblemType.VALIDATION_FAILED));
    }

    /** Each bad detail, sent on a change of a published event: a problem naming the field, and the event unchanged. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "registrationClosesAt",
                "registrationOpensAt",
                "onlineLink",
                "partners[0].url",
                "questions[0].options",
                "questions[1].key",
                "tags[0]",
            })
    void aBadDetailIsAProblemNamingTheFieldAndChangesNothing(String field) {
        Map<String, Object> body = detailedEvent("bad-input");
        String id = EventsTestData.createEvent(body);
        ExtractableResponse<Response> before =
                asEventsAdmin().get(EVENT, id).then().extract();
        Map<String, Object> bad = new HashMap<>(body);
        bad.put("title", "Renamed by a refused change");
        Instant startsAt = Instant.parse((String) body.get("startsAt"));
        Consumer<Map<String, Object>> breakIt = switch (field) {
            case "registrationClosesAt" ->
                b -> b.put("registrationClosesAt", startsAt.plusSeconds(1).toString());
            case "registrationOpensAt" -> b -> b.put("registrationOpensAt", b.get("registrationClosesAt"));
            case "onlineLink" -> b -> b.put("onlineLink", "https:///room");
            case "partners[0].url" -> b -> b.put("partners", List.of(Map.of("name", "P", "url", "https://:80/x")));
            case "questions[0].options" ->
                b -> b.put(
                        "questions",
                        List.of(Map.of(
                                "key",
                                "dietary",
                                "label",
                                "Diet",
                                "kind",
                                "CHOICE",
                                "options",
                                List.of("Vegan"),
                                "required",
                                true)));
            case "questions[1].key" ->
                b -> b.put(
                        "questions",
                        List.of(
                                Map.of("key", "access", "label", "Access", "kind", "FREE_TEXT", "required", false),
                                Map.of("key", "access", "label", "Again", "kind", "FREE_TEXT", "required", false)));
            case "tags[0]" -> b -> b.put("tags", List.of("Upper Case"));
            default -> throw new IllegalArgumentException(field);
        };
        breakIt.accept(bad);

        var refused = asEventsAdmin()
                .header("If-Match", before.header("ETag"))
                .body(bad)
                .put(EVENT, id)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
        if (field.equals("tags[0]")) {
            refused.body("violations.field", hasItem(containsString("tags")));
        } else {
            refused.body("field", equalTo(field));
        }
        assertUnchanged(id, before);
    }

    @Test
    void aNewEventIsADraftOrPublished() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        String title = (String) body.get("title");
        for (String status : List.of("CANCELLED", "COMPLETED")) {
            body.put("status", status);
            asEventsAdmin()
                    .body(body)
                    .post(EVENTS)
                    .then()
                    .spec(problem(ProblemType.VALIDATION_FAILED))
                    .body("field", equalTo("status"));
        }
        asEventsAdmin()
                .queryParam("status", "DRAFT")
                .queryParam("size", 100)
                .get(EVENTS)
                .then()
                .body("items.title", not(hasItem(title)));
    }

    @Test
    void aPublishedEventIsCompletedOnlyOnceItHasEndedAndNothingGoesBack() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        String id = EventsTestData.createEvent(body);

        // Not ended yet
        refusedMove(id, body, "COMPLETED");
        // A published event is not taken back to a draft
        refusedMove(id, body, "DRAFT");

        clock.advance(Duration.ofDays(21));
        body.put("status", "COMPLETED");
        EventsTestData.changeEvent(id, body).statusCode(200).body("status", equalTo("COMPLETED"));
        // The public still reads a completed event; registering for it is refused
        anonymous().get(EVENT, id).then().statusCode(200).body("status", equalTo("COMPLETED"));
        EventsTestData.asEventsAdmin()
                .body(EventsTestData.guest("Late Guest"))
                .post("/api/events/{eventId}/registrations", id)
                .then()
                .spec(problem(ProblemType.REGISTRATION_CLOSED));
        for (String status : List.of("PUBLISHED", "DRAFT", "CANCELLED")) {
            refusedMove(id, body, status);
        }
    }

    @Test
    void aCancelledEventIsNeverPublishedOrCompletedAgain() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        String id = EventsTestData.createEvent(body);
        body.put("status", "CANCELLED");
        EventsTestData.changeEvent(id, body).statusCode(200);
        clock.advance(Duration.ofDays(21));
        for (String status : List.of("PUBLISHED", "DRAFT", "COMPLETED")) {
            refusedMove(id, body, status);
        }
    }

    /** The move to {@code status} is 409 transition-not-allowed naming status, and the event stays as it was. */
    private static void refusedMove(String id, Map<String, Object> body, String status) {
        ExtractableResponse<Response> before =
                asEventsAdmin().get(EVENT, id).then().extract();
        Map<String, Object> moved = new HashMap<>(body);
        moved.put("status", status);
        moved.put("title", "Renamed by a refused move");
        asEventsAdmin()
                .header("If-Match", before.header("ETag"))
                .body(moved)
                .put(EVENT, id)
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED))
                .body("field", equalTo("status"));
        assertUnchanged(id, before);
    }

    private static void assertUnchanged(String id, ExtractableResponse<Response> before) {
        ExtractableResponse<Response> after =
                asEventsAdmin().get(EVENT, id).then().extract();
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.asString()).isEqualTo(before.asString());
    }
}
