package org.proud2bops.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;

@QuarkusTest
class RegistrationTest {

    @Test
    void aMemberRegistersThemselfSeesItAmongTheirOwnAndCancelsIt() {
        String eventId = EventsTestData.publishedEvent("MIDLANDS", 10);
        Person member = EventsTestData.member("MIDLANDS", "ACTIVE");

        String registrationId = member.asThem()
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/events/" + eventId + "/registrations/"))
                .body("memberId", equalTo(member.memberId().toString()))
                .body("registeredAs", equalTo("SELF"))
                .body("status", equalTo("CONFIRMED"))
                .extract()
                .path("id");
        given().get("/api/events/" + eventId).then().body("placesLeft", equalTo(9));
        member.asThem()
                .get("/api/events/me/registrations")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(registrationId))
                .body("items[0].eventId", equalTo(eventId));

        member.asThem()
                .post("/api/events/" + eventId + "/registrations/" + registrationId + "/cancellation")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().get("/api/events/" + eventId).then().body("placesLeft", equalTo(10));
        member.asThem()
                .post("/api/events/" + eventId + "/registrations/" + registrationId + "/cancellation")
                .then()
                .statusCode(409);
        member.asThem().post("/api/events/" + eventId + "/registrations").then().statusCode(201);
    }

    @Test
    void oneMemberCannotHoldTwoPlaces() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Person member = EventsTestData.member("LONDON", "ACTIVE");
        member.asThem().post("/api/events/" + eventId + "/registrations").then().statusCode(201);

        member.asThem()
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .spec(problem(ProblemType.ALREADY_REGISTERED));
        asEventsAdmin()
                .body(Map.of("memberId", member.memberId()))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(409);
        given().get("/api/events/" + eventId).then().body("placesLeft", equalTo(9));
    }

    @Test
    void aFullEventIsRefusedAndACancellationFreesAPlace() {
        String eventId = EventsTestData.publishedEvent(null, 1);
        String first = asEventsAdmin()
                .body(EventsTestData.guest("Cara Guest"))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        asEventsAdmin()
                .body(EventsTestData.guest("Dev Guest"))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .spec(problem(ProblemType.EVENT_FULL));
        asEventsAdmin()
                .post("/api/events/" + eventId + "/registrations/" + first + "/cancellation")
                .then()
                .statusCode(200);
        asEventsAdmin()
                .body(EventsTestData.guest("Dev Guest"))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201);
    }

    @Test
    void concurrentRegistrationsNeverOversell() throws Exception {
        int capacity = 5;
        String eventId = EventsTestData.publishedEvent(null, capacity);
        List<Callable<Integer>> attempts = IntStream.range(0, 24)
                .<Callable<Integer>>mapToObj(i -> () -> asEventsAdmin()
                        .body(EventsTestData.guest("Guest " + i))
                        .post("/api/events/" + eventId + "/registrations")
                        .statusCode())
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses;
        try {
            statuses = pool.invokeAll(attempts).stream()
                    .map(RegistrationTest::outcome)
                    .toList();
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(capacity);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(24 - capacity);
        asEventsAdmin()
                .queryParam("size", 100)
                .get("/api/events/" + eventId + "/registrations")
                .then()
                .body("items", hasSize(capacity))
                .body("totalItems", equalTo(capacity));
        given().get("/api/events/" + eventId).then().body("placesLeft", equalTo(0));
    }

    @Test
    void registrationClosesWhenTheEventStarts() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        Instant started = Instant.now().minus(Duration.ofMinutes(5));
        body.put("startsAt", started.toString());
        body.put("endsAt", started.plus(Duration.ofHours(2)).toString());
        String eventId = EventsTestData.createEvent(body);

        asEventsAdmin()
                .body(EventsTestData.guest("Late Guest"))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .spec(problem(ProblemType.REGISTRATION_CLOSED));
    }

    @Test
    void onlyActiveMembersRegisterAndDraftsTakeNoOne() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Person suspended = EventsTestData.member("LONDON", "SUSPENDED");
        suspended
                .asThem()
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        asEventsAdmin()
                .body(Map.of("memberId", suspended.memberId()))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(409);

        Map<String, Object> draft = EventsTestData.event(null, 10);
        draft.put("status", "DRAFT");
        String draftId = EventsTestData.createEvent(draft);
        EventsTestData.member("LONDON", "ACTIVE")
                .asThem()
                .post("/api/events/" + draftId + "/registrations")
                .then()
                .statusCode(404);
        asEventsAdmin()
                .body(EventsTestData.guest("Early Guest"))
                .post("/api/events/" + draftId + "/registrations")
                .then()
                .spec(problem(ProblemType.REGISTRATION_CLOSED));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyTakesOnePlace() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Map<String, Object> guest = EventsTestData.guest("Retry Guest");
        String key = "register-" + UUID.randomUUID();

        String first = asEventsAdmin()
                .header("Idempotency-Key", key)
                .body(guest)
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asEventsAdmin()
                .header("Idempotency-Key", key)
                .body(guest)
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().get("/api/events/" + eventId).then().body("placesLeft", equalTo(9));
    }

    @Test
    void aGuestNeedsANameAndAValidEmail() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        asEventsAdmin()
                .body(Map.of("guest", Map.of("name", "No Email", "email", "not-an-email")))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem(containsString("guest.email")));
        asEventsAdmin()
                .body(Map.of())
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(400)
                .body("field", equalTo("memberId"));
        asEventsAdmin()
                .body(Map.of("guest", Map.of("name", "X", "email", "x@trust.example"), "unexpected", 1))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(400);
        given().get("/api/events/" + eventId).then().body("placesLeft", equalTo(10));
    }

    @Test
    void theAttendeeListShowsGuestsAndMembersAndHidesCancelledOnesUnlessAsked() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Person member = EventsTestData.member("SOUTH_WEST", "ACTIVE");
        member.asThem().post("/api/events/" + eventId + "/registrations").then().statusCode(201);
        String guestPlace = asEventsAdmin()
                .body(EventsTestData.guest("Erin Guest"))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asEventsAdmin()
                .post("/api/events/" + eventId + "/registrations/" + guestPlace + "/cancellation")
                .then()
                .statusCode(200);

        asEventsAdmin()
                .get("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].memberId", equalTo(member.memberId().toString()))
                .body("items[0].guestEmail", nullValue());
        asEventsAdmin()
                .queryParam("includeCancelled", true)
                .get("/api/events/" + eventId + "/registrations")
                .then()
                .body("items", hasSize(2))
                .body("items.guestEmail", hasItem("erin.guest@trust.example"));
        asEventsAdmin()
                .get("/api/events/" + eventId + "/registrations")
                .then()
                .body("items.attendeeName", not(hasItem("Erin Guest")));
    }

    @Test
    void placesTakenAndGivenBackArePublishedWithoutTheGuestsDetails() {
        String eventId = EventsTestData.publishedEvent(null, 4);
        Person member = EventsTestData.member("LONDON", "ACTIVE");
        String memberPlace = member.asThem()
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asEventsAdmin()
                .body(EventsTestData.guest("Private Guest"))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201);
        member.asThem()
                .post("/api/events/" + eventId + "/registrations/" + memberPlace + "/cancellation")
                .then()
                .statusCode(200);

        var records = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                "events.registration.v1",
                r -> eventId.equals(r.key()),
                3,
                Duration.ofSeconds(20));

        assertThat(records)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        "org.proud2bops.events.RegistrationConfirmed",
                        "org.proud2bops.events.RegistrationConfirmed",
                        "org.proud2bops.events.RegistrationCancelled");
        JsonPath first = JsonPath.from(records.get(0).value());
        assertThat(first.getString("memberId")).isEqualTo(member.memberId().toString());
        assertThat(first.getInt("placesLeft")).isEqualTo(3);
        assertThat(JsonPath.from(records.get(2).value()).getInt("placesLeft")).isEqualTo(3);
        assertThat(records.get(1).value()).doesNotContain("Private").doesNotContain("@trust.example");
    }

    private static int outcome(Future<Integer> attempt) {
        try {
            return attempt.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
