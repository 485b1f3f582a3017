package org.proud2bops.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.guest;
import static org.proud2bops.events.EventsTestData.memberAttendee;
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
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.TestLinks;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class RegistrationApiTest {

    private static final String EVENT = "/api/events/{eventId}";
    private static final String REGISTRATIONS = "/api/events/{eventId}/registrations";
    private static final String REGISTRATION = "/api/events/{eventId}/registrations/{registrationId}";
    private static final String CANCELLATION = "/api/events/{eventId}/registrations/{registrationId}/cancellation";

    @Test
    void aMemberRegistersThemselfSeesItAmongTheirOwnAndCancelsIt() {
        String eventId = EventsTestData.publishedEvent(Region.MIDLANDS, 10);
        Person member = EventsTestData.member(Region.MIDLANDS, MemberStatus.ACTIVE);

        var created = member.asThem()
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(201)
                .extract();
        RegistrationResponse registration = created.as(RegistrationResponse.class);
        assertThat(TestLinks.pathOf(created.header("Location")))
                .isEqualTo("/api/events/" + eventId + "/registrations/" + registration.id());
        assertThat(registration.memberId()).isEqualTo(member.memberId());
        assertThat(registration.registeredAs()).isEqualTo(Registrant.SELF);
        assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(9));
        member.asThem()
                .get("/api/events/me/registrations")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(registration.id().toString()))
                .body("items[0].eventId", equalTo(eventId));

        RegistrationResponse cancelled = member.asThem()
                .post(CANCELLATION, eventId, registration.id())
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);
        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(10));
        member.asThem()
                .post(CANCELLATION, eventId, registration.id())
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));
        member.asThem().post(REGISTRATIONS, eventId).then().statusCode(201);
    }

    @Test
    void oneMemberCannotHoldTwoPlaces() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        EventsTestData.registerThemself(member, eventId);

        member.asThem().post(REGISTRATIONS, eventId).then().spec(problem(ProblemType.ALREADY_REGISTERED));
        asEventsAdmin()
                .body(memberAttendee(member))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.ALREADY_REGISTERED));
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(9));
    }

    @Test
    void aFullEventWaitlistsAndACancellationGivesThePlaceToTheFirstInLine() {
        String eventId = EventsTestData.publishedEvent(null, 1);
        RegistrationResponse first = EventsTestData.register(asEventsAdmin(), eventId, guest("Cara Guest"));

        RegistrationResponse waiting = EventsTestData.register(asEventsAdmin(), eventId, guest("Dev Guest"));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(waiting.position()).isEqualTo(1);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));

        asEventsAdmin().post(CANCELLATION, eventId, first.id()).then().statusCode(200);
        asEventsAdmin()
                .get(REGISTRATION, eventId, waiting.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));
    }

    @Test
    void concurrentRegistrationsNeverOversellAndLineUpTheRest() throws Exception {
        int capacity = 5;
        int people = 20;
        String eventId = EventsTestData.publishedEvent(null, capacity);
        // 24 attempts by 20 people: four of them try twice at once
        List<Callable<Integer>> attempts = IntStream.range(0, 24)
                .<Callable<Integer>>mapToObj(i -> () -> asEventsAdmin()
                        .body(guest("Guest " + (i % people)))
                        .post(REGISTRATIONS, eventId)
                        .statusCode())
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses;
        try {
            statuses = pool.invokeAll(attempts).stream()
                    .map(RegistrationApiTest::outcome)
                    .toList();
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(people);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(24 - people);
        List<RegistrationResponse> live = asEventsAdmin()
                .queryParam("size", 100)
                .get(REGISTRATIONS, eventId)
                .then()
                .body("totalItems", equalTo(people))
                .extract()
                .jsonPath()
                .getList("items", RegistrationResponse.class);
        assertThat(live).extracting(RegistrationResponse::guestEmail).doesNotHaveDuplicates();
        assertThat(live)
                .filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED)
                .hasSize(capacity);
        assertThat(live)
                .filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED)
                .extracting(RegistrationResponse::position)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, people - capacity).boxed().toList());
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));
    }

    @Test
    void aPlaceTakenIsANewVersionOfTheEventThatLaterChangesKeep() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        String eventId = EventsTestData.createEvent(body);
        String before = EventsTestData.etagOf(eventId);

        EventsTestData.register(asEventsAdmin(), eventId, guest("Versioned Guest"));

        assertThat(EventsTestData.etagOf(eventId)).isNotEqualTo(before);
        body.put("title", "Renamed after a place was taken");
        asEventsAdmin()
                .header("If-Match", before)
                .body(body)
                .put("/api/events/{eventId}", eventId)
                .then()
                .spec(problem(ProblemType.STALE_VERSION));
        EventsTestData.changeEvent(eventId, body)
                .statusCode(200)
                .body("title", equalTo("Renamed after a place was taken"))
                .body("placesLeft", equalTo(9));
    }

    @Test
    void registrationClosesWhenTheEventStarts() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        Instant started = Instant.now().minus(Duration.ofMinutes(5));
        body.put("startsAt", started.toString());
        body.put("endsAt", started.plus(Duration.ofHours(2)).toString());
        String eventId = EventsTestData.createEvent(body);

        asEventsAdmin()
                .body(guest("Late Guest"))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.REGISTRATION_CLOSED));
    }

    @Test
    void onlyActiveMembersRegisterAndDraftsTakeNoOne() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Person suspended = EventsTestData.member(Region.LONDON, MemberStatus.SUSPENDED);
        suspended.asThem().post(REGISTRATIONS, eventId).then().spec(problem(ProblemType.FORBIDDEN));
        asEventsAdmin()
                .body(memberAttendee(suspended))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));

        String draftId = EventsTestData.draftEvent(null, 10);
        EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE)
                .asThem()
                .post(REGISTRATIONS, draftId)
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        asEventsAdmin()
                .body(guest("Early Guest"))
                .post(REGISTRATIONS, draftId)
                .then()
                .spec(problem(ProblemType.REGISTRATION_CLOSED));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyTakesOnePlace() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Map<String, Object> guest = guest("Retry Guest");
        String key = "register-" + UUID.randomUUID();

        RegistrationResponse first =
                EventsTestData.register(asEventsAdmin().header("Idempotency-Key", key), eventId, guest);
        asEventsAdmin()
                .header("Idempotency-Key", key)
                .body(guest)
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.id().toString()));
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(9));
    }

    @Test
    void aGuestNeedsANameAndAValidEmail() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        asEventsAdmin()
                .body(Map.of("guest", Map.of("name", "No Email", "email", "not-an-email")))
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem(containsString("guest.email")));
        asEventsAdmin()
                .body(Map.of())
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(400)
                .body("field", equalTo("memberId"));
        asEventsAdmin()
                .body(Map.of("guest", Map.of("name", "X", "email", "x@trust.example"), "unexpected", 1))
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(400);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(10));
    }

    @Test
    void theAttendeeListShowsGuestsAndMembersAndHidesCancelledOnesUnlessAsked() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Person member = EventsTestData.member(Region.SOUTH_WEST, MemberStatus.ACTIVE);
        EventsTestData.registerThemself(member, eventId);
        RegistrationResponse guestPlace = EventsTestData.register(asEventsAdmin(), eventId, guest("Erin Guest"));
        asEventsAdmin().post(CANCELLATION, eventId, guestPlace.id()).then().statusCode(200);

        List<RegistrationResponse> confirmed = asEventsAdmin()
                .get(REGISTRATIONS, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", RegistrationResponse.class);
        assertThat(confirmed).singleElement().satisfies(only -> {
            assertThat(only.memberId()).isEqualTo(member.memberId());
            assertThat(only.guestEmail()).isNull();
        });
        asEventsAdmin()
                .queryParam("includeCancelled", true)
                .get(REGISTRATIONS, eventId)
                .then()
                .body("items", hasSize(2))
                .body("items.guestEmail", hasItem("erin.guest@trust.example"));
        asEventsAdmin().get(REGISTRATIONS, eventId).then().body("items.attendeeName", not(hasItem("Erin Guest")));
    }

    @Test
    void placesTakenAndGivenBackArePublishedWithoutTheGuestsDetails() {
        String eventId = EventsTestData.publishedEvent(null, 4);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse memberPlace = EventsTestData.registerThemself(member, eventId);
        EventsTestData.register(asEventsAdmin(), eventId, guest("Private Guest"));
        member.asThem().post(CANCELLATION, eventId, memberPlace.id()).then().statusCode(200);

        var records = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
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
