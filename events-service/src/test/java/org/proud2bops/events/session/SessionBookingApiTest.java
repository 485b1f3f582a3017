package org.proud2bops.events.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.guest;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class SessionBookingApiTest {

    private static final String SESSION = "/api/events/{eventId}/sessions/{sessionId}";
    private static final String BOOKINGS = "/api/events/{eventId}/registrations/{registrationId}/sessions";
    private static final String BOOKING = "/api/events/{eventId}/registrations/{registrationId}/sessions/{sessionId}";
    private static final String CANCELLATION = "/api/events/{eventId}/registrations/{registrationId}/cancellation";
    private static final String SETTINGS = "/api/events/{eventId}/session-settings";

    @Test
    void aSessionConfirmsUntilFullThenWaitlistsAndAFreedPlaceGoesToTheFirstInLine() {
        String eventId = EventsTestData.publishedEvent(null, 100);
        Map<String, Object> body = EventsTestData.session(eventId, 1, 1);
        body.put("onlineLink", "https://meet.example/full");
        String sessionId = EventsTestData.createSession(eventId, body);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse first = EventsTestData.registerThemself(member, eventId);
        RegistrationResponse second = EventsTestData.register(asEventsAdmin(), eventId, guest("Second Booker"));
        RegistrationResponse third = EventsTestData.register(asEventsAdmin(), eventId, guest("Third Booker"));

        SessionBookingResponse seated = EventsTestData.bookSession(member.asThem(), eventId, first.id(), sessionId);
        SessionBookingResponse waiting = EventsTestData.bookSession(asEventsAdmin(), eventId, second.id(), sessionId);
        SessionBookingResponse behind = EventsTestData.bookSession(asEventsAdmin(), eventId, third.id(), sessionId);

        assertThat(List.of(seated, waiting, behind))
                .extracting(SessionBookingResponse::status, SessionBookingResponse::position)
                .containsExactly(
                        tuple(SessionBookingStatus.CONFIRMED, null),
                        tuple(SessionBookingStatus.WAITLISTED, 1),
                        tuple(SessionBookingStatus.WAITLISTED, 2));
        assertThat(seated.onlineLink()).isEqualTo("https://meet.example/full");
        assertThat(waiting.onlineLink()).isNull();
        anonymous().get(SESSION, eventId, sessionId).then().body("placesLeft", equalTo(0));

        member.asThem().delete(BOOKING, eventId, first.id(), sessionId).then().statusCode(204);

        assertThat(EventsTestData.sessionBooking(asEventsAdmin(), eventId, second.id(), sessionId))
                .extracting(SessionBookingResponse::status, SessionBookingResponse::position)
                .containsExactly(SessionBookingStatus.CONFIRMED, null);
        assertThat(EventsTestData.sessionBooking(asEventsAdmin(), eventId, third.id(), sessionId)
                        .position())
                .isEqualTo(1);
        assertThat(EventsTestData.sessionBooking(member.asThem(), eventId, first.id(), sessionId)
                        .status())
                .isEqualTo(SessionBookingStatus.CANCELLED);
        member.asThem().delete(BOOKING, eventId, first.id(), sessionId).then().spec(problem(ProblemType.NOT_FOUND));
        anonymous().get(SESSION, eventId, sessionId).then().body("placesLeft", equalTo(0));

        List<ConsumerRecord<String, String>> records = sessionRecords(eventId, 7);
        assertThat(records)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        SessionEvents.SESSION_BOOKED,
                        SessionEvents.SESSION_FULLY_BOOKED,
                        SessionEvents.SESSION_BOOKED,
                        SessionEvents.SESSION_BOOKED,
                        SessionEvents.SESSION_BOOKING_CANCELLED,
                        SessionEvents.SESSION_WAITLIST_PROMOTED,
                        SessionEvents.SESSION_FULLY_BOOKED);
        JsonPath booked = JsonPath.from(records.get(0).value());
        assertThat(booked.getString("memberId")).isEqualTo(member.memberId().toString());
        assertThat(booked.getString("status")).isEqualTo("CONFIRMED");
        assertThat(booked.getInt("placesLeft")).isZero();
        JsonPath full = JsonPath.from(records.get(1).value());
        assertThat(full.getString("sessionId")).isEqualTo(sessionId);
        assertThat(full.getInt("capacity")).isEqualTo(1);
        assertThat(Instant.parse(full.getString("startsAt"))).isEqualTo(Instant.parse((String) body.get("startsAt")));
        assertThat(Instant.parse(full.getString("endsAt"))).isEqualTo(Instant.parse((String) body.get("endsAt")));
        JsonPath waitlisted = JsonPath.from(records.get(3).value());
        assertThat(waitlisted.getString("status")).isEqualTo("WAITLISTED");
        assertThat(waitlisted.getInt("position")).isEqualTo(2);
        assertThat(records.get(3).value()).doesNotContain("Third Booker").doesNotContain("@trust.example");
        assertThat(JsonPath.from(records.get(4).value()).getString("previousStatus"))
                .isEqualTo("CONFIRMED");
        assertThat(JsonPath.from(records.get(5).value()).getString("registrationId"))
                .isEqualTo(second.id().toString());
    }

    @Test
    void cancellingTheRegistrationReleasesItsSessionPlacesAndItsPlacesInLines() {
        String eventId = EventsTestData.publishedEvent(null, 100);
        String full = EventsTestData.sessionOf(eventId, 1, 1);
        String other = EventsTestData.sessionOf(eventId, 3, 1);
        RegistrationResponse leaving = EventsTestData.register(asEventsAdmin(), eventId, guest("Leaving Booker"));
        RegistrationResponse waiting = EventsTestData.register(asEventsAdmin(), eventId, guest("Waiting Booker"));
        RegistrationResponse seatedElsewhere = EventsTestData.register(asEventsAdmin(), eventId, guest("Seated Else"));
        EventsTestData.bookSession(asEventsAdmin(), eventId, leaving.id(), full);
        EventsTestData.bookSession(asEventsAdmin(), eventId, waiting.id(), full);
        EventsTestData.bookSession(asEventsAdmin(), eventId, seatedElsewhere.id(), other);
        EventsTestData.bookSession(asEventsAdmin(), eventId, leaving.id(), other);

        asEventsAdmin().post(CANCELLATION, eventId, leaving.id()).then().statusCode(200);

        assertThat(EventsTestData.sessionBooking(asEventsAdmin(), eventId, waiting.id(), full)
                        .status())
                .isEqualTo(SessionBookingStatus.CONFIRMED);
        assertThat(bookingsOf(eventId, leaving.id()))
                .extracting(SessionBookingResponse::status)
                .containsOnly(SessionBookingStatus.CANCELLED)
                .hasSize(2);
        anonymous().get(SESSION, eventId, full).then().body("placesLeft", equalTo(0));
        anonymous().get(SESSION, eventId, other).then().body("placesLeft", equalTo(0));
        // Nobody waits for the other session any more, so a place freed there is left open
        asEventsAdmin()
                .delete(BOOKING, eventId, seatedElsewhere.id(), other)
                .then()
                .statusCode(204);
        anonymous().get(SESSION, eventId, other).then().body("placesLeft", equalTo(1));
    }

    @Test
    void cancellingTheEventGivesUpEverySessionBookingAndPromotesNobody() {
        Map<String, Object> event = EventsTestData.event(null, 10);
        String eventId = EventsTestData.createEvent(event);
        String sessionId = EventsTestData.sessionOf(eventId, 1, 1);
        RegistrationResponse seated = EventsTestData.register(asEventsAdmin(), eventId, guest("Seated Cancelled"));
        RegistrationResponse waiting = EventsTestData.register(asEventsAdmin(), eventId, guest("Waiting Cancelled"));
        EventsTestData.bookSession(asEventsAdmin(), eventId, seated.id(), sessionId);
        EventsTestData.bookSession(asEventsAdmin(), eventId, waiting.id(), sessionId);
        String etag = asEventsAdmin()
                .get("/api/events/{eventId}", eventId)
                .then()
                .extract()
                .header("ETag");

        event.put("status", "CANCELLED");
        asEventsAdmin()
                .header("If-Match", etag)
                .body(event)
                .put("/api/events/{eventId}", eventId)
                .then()
                .statusCode(200);

        assertThat(List.of(seated, waiting))
                .extracting(r -> EventsTestData.sessionBooking(asEventsAdmin(), eventId, r.id(), sessionId)
                        .status())
                .containsOnly(SessionBookingStatus.CANCELLED);
        // Had the freed place gone to the line, a promotion would sit between the two cancellations
        assertThat(sessionRecords(eventId, 5))
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        SessionEvents.SESSION_BOOKED,
                        SessionEvents.SESSION_FULLY_BOOKED,
                        SessionEvents.SESSION_BOOKED,
                        SessionEvents.SESSION_BOOKING_CANCELLED,
                        SessionEvents.SESSION_BOOKING_CANCELLED);
    }

    @Test
    void anErasedMembersSessionPlaceGoesToTheNextInLine() {
        String eventId = EventsTestData.publishedEvent(null, 100);
        String sessionId = EventsTestData.sessionOf(eventId, 1, 1);
        Person erased = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse place = EventsTestData.registerThemself(erased, eventId);
        RegistrationResponse next = EventsTestData.register(asEventsAdmin(), eventId, guest("Next Booker"));
        EventsTestData.bookSession(erased.asThem(), eventId, place.id(), sessionId);
        EventsTestData.bookSession(asEventsAdmin(), eventId, next.id(), sessionId);

        EventsTestData.publishErased(erased.memberId(), 9);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> EventsTestData.sessionBooking(asEventsAdmin(), eventId, next.id(), sessionId)
                                .status()
                        == SessionBookingStatus.CONFIRMED);
        assertThat(EventsTestData.sessionBooking(asEventsAdmin(), eventId, place.id(), sessionId)
                        .status())
                .isEqualTo(SessionBookingStatus.CANCELLED);
    }

    @Test
    void overlappingSessionsAreRefusedUnlessTheEventAllowsThem() {
        String eventId = EventsTestData.publishedEvent(null, 100);
        String tenToEleven = EventsTestData.sessionOf(eventId, 1, 10);
        Map<String, Object> halfPast = EventsTestData.session(eventId, 1, 10);
        halfPast.put(
                "startsAt",
                java.time.Instant.parse(halfPast.get("startsAt").toString())
                        .plus(Duration.ofMinutes(30))
                        .toString());
        halfPast.put(
                "endsAt",
                java.time.Instant.parse(halfPast.get("endsAt").toString())
                        .plus(Duration.ofMinutes(30))
                        .toString());
        String overlapping = EventsTestData.createSession(eventId, halfPast);
        String adjacent = EventsTestData.sessionOf(eventId, 2, 10);
        RegistrationResponse registration = EventsTestData.register(asEventsAdmin(), eventId, guest("Busy Booker"));
        EventsTestData.bookSession(asEventsAdmin(), eventId, registration.id(), tenToEleven);

        book(eventId, registration.id(), overlapping).then().spec(problem(ProblemType.SESSIONS_OVERLAP));
        assertThat(bookingsOf(eventId, registration.id()))
                .extracting(SessionBookingResponse::sessionId)
                .extracting(UUID::toString)
                .containsExactly(tenToEleven);
        anonymous().get(SESSION, eventId, overlapping).then().body("placesLeft", equalTo(10));
        EventsTestData.bookSession(asEventsAdmin(), eventId, registration.id(), adjacent);

        String etag = anonymous().get(SETTINGS, eventId).then().extract().header("ETag");
        asEventsAdmin()
                .header("If-Match", etag)
                .body(Map.of("overlapAllowed", true))
                .put(SETTINGS, eventId)
                .then()
                .statusCode(200);
        assertThat(EventsTestData.bookSession(asEventsAdmin(), eventId, registration.id(), overlapping)
                        .status())
                .isEqualTo(SessionBookingStatus.CONFIRMED);
    }

    @Test
    void onlyAConfirmedPlaceBooksOnlyItsOwnEventsSessionsOnlyOnce() {
        String eventId = EventsTestData.publishedEvent(null, 1);
        String otherEvent = EventsTestData.publishedEvent(null, 10);
        String sessionId = EventsTestData.sessionOf(eventId, 1, 10);
        String othersSession = EventsTestData.sessionOf(otherEvent, 1, 10);
        RegistrationResponse confirmed = EventsTestData.register(asEventsAdmin(), eventId, guest("Confirmed Booker"));
        RegistrationResponse waitlisted = EventsTestData.register(asEventsAdmin(), eventId, guest("Waitlisted Booker"));

        book(eventId, confirmed.id(), othersSession).then().spec(problem(ProblemType.SESSION_OTHER_EVENT));
        book(eventId, waitlisted.id(), sessionId).then().spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));
        book(eventId, confirmed.id(), UUID.randomUUID().toString()).then().spec(problem(ProblemType.NOT_FOUND));
        EventsTestData.bookSession(asEventsAdmin(), eventId, confirmed.id(), sessionId);
        book(eventId, confirmed.id(), sessionId).then().spec(problem(ProblemType.ALREADY_REGISTERED));

        assertThat(bookingsOf(eventId, confirmed.id())).hasSize(1);
        assertThat(bookingsOf(eventId, waitlisted.id())).isEmpty();
        anonymous().get(SESSION, otherEvent, othersSession).then().body("placesLeft", equalTo(10));
        anonymous().get(SESSION, eventId, sessionId).then().body("placesLeft", equalTo(9));
    }

    @Test
    void aMemberBooksInTheirOwnRegistrationOnly() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        String sessionId = EventsTestData.sessionOf(eventId, 1, 10);
        Person owner = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person stranger = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse registration = EventsTestData.registerThemself(owner, eventId);

        stranger.asThem()
                .body(Map.of("sessionId", sessionId))
                .post(BOOKINGS, eventId, registration.id())
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        stranger.asThem().get(BOOKINGS, eventId, registration.id()).then().spec(problem(ProblemType.NOT_FOUND));
        assertThat(EventsTestData.bookSession(owner.asThem(), eventId, registration.id(), sessionId)
                        .status())
                .isEqualTo(SessionBookingStatus.CONFIRMED);
        stranger.asThem()
                .delete(BOOKING, eventId, registration.id(), sessionId)
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        anonymous().get(SESSION, eventId, sessionId).then().body("placesLeft", equalTo(9));
    }

    @Test
    void concurrentBookingsNeverExceedASessionsCapacityAndLineUpTheRest() throws Exception {
        int capacity = 5;
        int people = 20;
        String eventId = EventsTestData.publishedEvent(null, people);
        String sessionId = EventsTestData.sessionOf(eventId, 1, capacity);
        List<RegistrationResponse> registrations = IntStream.range(0, people)
                .mapToObj(i -> EventsTestData.register(asEventsAdmin(), eventId, guest("Racer " + i)))
                .toList();
        List<Callable<Integer>> calls = new ArrayList<>();
        registrations.forEach(registration ->
                calls.add(() -> book(eventId, registration.id(), sessionId).statusCode()));

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> outcome : pool.invokeAll(calls)) {
                statuses.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnly(201);
        List<SessionBookingResponse> bookings = registrations.stream()
                .map(registration ->
                        EventsTestData.sessionBooking(asEventsAdmin(), eventId, registration.id(), sessionId))
                .toList();
        assertThat(bookings)
                .filteredOn(b -> b.status() == SessionBookingStatus.CONFIRMED)
                .hasSize(capacity);
        assertThat(bookings)
                .filteredOn(b -> b.status() == SessionBookingStatus.WAITLISTED)
                .extracting(SessionBookingResponse::position)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, people - capacity).boxed().toList());
        anonymous().get(SESSION, eventId, sessionId).then().body("placesLeft", equalTo(0));
    }

    @Test
    void registrationsCancelledWhileOthersBookGiveTheirSessionPlacesToThoseAlreadyInLine() throws Exception {
        int capacity = 3;
        String eventId = EventsTestData.publishedEvent(null, 20);
        String sessionId = EventsTestData.sessionOf(eventId, 1, capacity);
        List<RegistrationResponse> seated = IntStream.range(0, capacity)
                .mapToObj(i -> EventsTestData.register(asEventsAdmin(), eventId, guest("Seated Racer " + i)))
                .toList();
        List<RegistrationResponse> waiting = IntStream.range(0, capacity)
                .mapToObj(i -> EventsTestData.register(asEventsAdmin(), eventId, guest("Waiting Racer " + i)))
                .toList();
        List<RegistrationResponse> newcomers = IntStream.range(0, 4)
                .mapToObj(i -> EventsTestData.register(asEventsAdmin(), eventId, guest("Newcomer Racer " + i)))
                .toList();
        seated.forEach(r -> EventsTestData.bookSession(asEventsAdmin(), eventId, r.id(), sessionId));
        waiting.forEach(r -> EventsTestData.bookSession(asEventsAdmin(), eventId, r.id(), sessionId));
        List<Callable<Integer>> calls = new ArrayList<>();
        seated.forEach(r -> calls.add(
                () -> asEventsAdmin().post(CANCELLATION, eventId, r.id()).statusCode()));
        newcomers.forEach(r -> calls.add(() -> book(eventId, r.id(), sessionId).statusCode()));

        ExecutorService pool = Executors.newFixedThreadPool(7);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> outcome : pool.invokeAll(calls)) {
                statuses.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }

        // No deadlock, no lost update: every call answered, the places went to the line in its order
        assertThat(statuses.subList(0, capacity)).containsOnly(200);
        assertThat(statuses.subList(capacity, statuses.size())).containsOnly(201);
        assertThat(waiting)
                .extracting(r -> EventsTestData.sessionBooking(asEventsAdmin(), eventId, r.id(), sessionId)
                        .status())
                .containsOnly(SessionBookingStatus.CONFIRMED);
        assertThat(newcomers)
                .extracting(r -> EventsTestData.sessionBooking(asEventsAdmin(), eventId, r.id(), sessionId)
                        .position())
                .containsExactlyInAnyOrder(1, 2, 3, 4);
        anonymous().get(SESSION, eventId, sessionId).then().body("placesLeft", equalTo(0));
    }

    private static Response book(String eventId, UUID registrationId, String sessionId) {
        return asEventsAdmin().body(Map.of("sessionId", sessionId)).post(BOOKINGS, eventId, registrationId);
    }

    private static List<SessionBookingResponse> bookingsOf(String eventId, UUID registrationId) {
        return asEventsAdmin()
                .queryParam("size", 100)
                .get(BOOKINGS, eventId, registrationId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", SessionBookingResponse.class);
    }

    private static List<ConsumerRecord<String, String>> sessionRecords(String eventId, int count) {
        return KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
                r -> eventId.equals(r.key())
                        && KafkaTestClient.header(r, "ce_type").startsWith("org.proud2bops.events.Session"),
                count,
                Duration.ofSeconds(20));
    }
}
