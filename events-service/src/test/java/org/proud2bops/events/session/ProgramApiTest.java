package org.proud2bops.events.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.guest;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class ProgramApiTest {

    private static final String STREAMS = "/api/events/{eventId}/streams";
    private static final String STREAM = "/api/events/{eventId}/streams/{streamId}";
    private static final String SESSIONS = "/api/events/{eventId}/sessions";
    private static final String SESSION = "/api/events/{eventId}/sessions/{sessionId}";
    private static final String SETTINGS = "/api/events/{eventId}/session-settings";

    @Test
    void sessionsAreListedGroupedByStreamInTheStreamsOrderAndFilterableByStream() {
        String eventId = EventsTestData.publishedEvent(null, 100);
        String second = createStream(eventId, "Digital", 2);
        String first = createStream(eventId, "Operational excellence", 1);
        Person chair = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Map<String, Object> flow = EventsTestData.session(eventId, 2, 40);
        flow.put("streamId", first);
        flow.put("room", "Room 2");
        flow.put("onlineLink", "https://meet.example/flow");
        flow.put(
                "people",
                List.of(
                        Map.of("role", "CHAIR", "memberId", chair.memberId()),
                        Map.of(
                                "role",
                                "CO_CHAIR",
                                "roleLabel",
                                "lived-experience co-chair",
                                "guestName",
                                "Sam Patel",
                                "guestOrganisation",
                                "Healthwatch Example")));
        String flowId = EventsTestData.createSession(eventId, flow);
        String earlyFirst = sessionInStream(eventId, first, 1);
        String digital = sessionInStream(eventId, second, 0);
        String plenary = EventsTestData.sessionOf(eventId, 0, 100);

        assertThat(listed(anonymous(), eventId))
                .extracting(SessionResponse::id)
                .extracting(UUID::toString)
                .containsExactly(earlyFirst, flowId, digital, plenary);
        assertThat(listed(anonymous().queryParam("streamId", second), eventId))
                .extracting(SessionResponse::id)
                .extracting(UUID::toString)
                .containsExactly(digital);
        SessionResponse shown = anonymous()
                .get(SESSION, eventId, flowId)
                .then()
                .statusCode(200)
                .extract()
                .as(SessionResponse.class);
        assertThat(shown.onlineLink()).isNull();
        assertThat(shown.room()).isEqualTo("Room 2");
        assertThat(shown.placesLeft()).isEqualTo(40);
        assertThat(shown.people())
                .extracting(
                        SessionResponse.PersonResponse::role,
                        SessionResponse.PersonResponse::roleLabel,
                        SessionResponse.PersonResponse::memberId,
                        SessionResponse.PersonResponse::name,
                        SessionResponse.PersonResponse::organisation)
                .containsExactly(
                        tuple(
                                SessionRole.CHAIR,
                                null,
                                chair.memberId(),
                                "Member " + chair.memberId().toString().substring(0, 8),
                                null),
                        tuple(
                                SessionRole.CO_CHAIR,
                                "lived-experience co-chair",
                                null,
                                "Sam Patel",
                                "Healthwatch Example"));
        assertThat(asEventsAdmin()
                        .get(SESSION, eventId, flowId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .as(SessionResponse.class)
                        .onlineLink())
                .isEqualTo("https://meet.example/flow");
        assertThat(listed(anonymous(), eventId)).allMatch(session -> session.onlineLink() == null);
        assertThat(listed(asEventsAdmin(), eventId))
                .filteredOn(session -> session.id().toString().equals(flowId))
                .extracting(SessionResponse::onlineLink)
                .containsExactly("https://meet.example/flow");
    }

    @Test
    void theListCarriesAnETagThatMovesWhenAPlaceIsBooked() {
        String eventId = EventsTestData.publishedEvent(null, 100);
        String sessionId = EventsTestData.sessionOf(eventId, 1, 10);
        String etag = anonymous()
                .get(SESSIONS, eventId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        anonymous().header("If-None-Match", etag).get(SESSIONS, eventId).then().statusCode(304);
        RegistrationResponse registration = EventsTestData.register(asEventsAdmin(), eventId, guest("Etag Guest"));
        EventsTestData.bookSession(asEventsAdmin(), eventId, registration.id(), sessionId);

        Response after = anonymous().header("If-None-Match", etag).get(SESSIONS, eventId);
        after.then().statusCode(200).body("items[0].placesLeft", equalTo(9));
        assertThat(after.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void aSessionIsChangedWithIfMatchAndNeverShrunkBelowItsBookedPlaces() {
        String eventId = EventsTestData.publishedEvent(null, 100);
        Map<String, Object> body = EventsTestData.session(eventId, 1, 2);
        String sessionId = EventsTestData.createSession(eventId, body);
        List<RegistrationResponse> people = List.of(
                EventsTestData.register(asEventsAdmin(), eventId, guest("Shrink One")),
                EventsTestData.register(asEventsAdmin(), eventId, guest("Shrink Two")),
                EventsTestData.register(asEventsAdmin(), eventId, guest("Shrink Three")));
        people.forEach(person -> EventsTestData.bookSession(asEventsAdmin(), eventId, person.id(), sessionId));
        String etag = asEventsAdmin()
                .get(SESSION, eventId, sessionId)
                .then()
                .extract()
                .header("ETag");

        body.put("capacity", 1);
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put(SESSION, eventId, sessionId)
                .then()
                .spec(problem(ProblemType.CONFLICTING_CHANGE));
        asEventsAdmin()
                .body(body)
                .put(SESSION, eventId, sessionId)
                .then()
                .spec(problem(ProblemType.MISSING_PRECONDITION));
        asEventsAdmin()
                .header("If-Match", "\"999\"")
                .body(body)
                .put(SESSION, eventId, sessionId)
                .then()
                .spec(problem(ProblemType.STALE_VERSION));
        anonymous()
                .get(SESSION, eventId, sessionId)
                .then()
                .body("capacity", equalTo(2))
                .body("placesLeft", equalTo(0));

        body.put("capacity", 3);
        body.put("title", "Bigger room");
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put(SESSION, eventId, sessionId)
                .then()
                .statusCode(200)
                .body("title", equalTo("Bigger room"))
                .body("placesLeft", equalTo(0));
        assertThat(EventsTestData.sessionBooking(
                                asEventsAdmin(), eventId, people.get(2).id(), sessionId)
                        .status())
                .isEqualTo(SessionBookingStatus.CONFIRMED);
    }

    @Test
    void badSessionsAreTypedProblemsAndChangeNothing() {
        String eventId = EventsTestData.publishedEvent(null, 100);
        String otherEvent = EventsTestData.publishedEvent(null, 100);
        String othersStream = createStream(otherEvent, "Elsewhere", 1);
        Instant eventStart = Instant.parse(
                EventsTestData.session(eventId, 0, 1).get("startsAt").toString());

        Map<String, Object> endsBeforeStarts = EventsTestData.session(eventId, 1, 10);
        endsBeforeStarts.put("endsAt", eventStart.plus(Duration.ofMinutes(30)).toString());
        create(eventId, endsBeforeStarts)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("endsAt"));
        Map<String, Object> tooEarly = EventsTestData.session(eventId, 0, 10);
        tooEarly.put("startsAt", eventStart.minus(Duration.ofMinutes(1)).toString());
        create(eventId, tooEarly).then().spec(problem(ProblemType.SESSION_OUTSIDE_EVENT));
        create(eventId, EventsTestData.session(eventId, 6, 10)).then().spec(problem(ProblemType.SESSION_OUTSIDE_EVENT));
        Map<String, Object> foreignStream = EventsTestData.session(eventId, 1, 10);
        foreignStream.put("streamId", othersStream);
        create(eventId, foreignStream)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("streamId"));
        Map<String, Object> nobody = EventsTestData.session(eventId, 1, 10);
        nobody.put("people", List.of(Map.of("role", "SPEAKER")));
        create(eventId, nobody).then().spec(problem(ProblemType.VALIDATION_FAILED));
        Map<String, Object> unknownMember = EventsTestData.session(eventId, 1, 10);
        unknownMember.put("people", List.of(Map.of("role", "SPEAKER", "memberId", UUID.randomUUID())));
        create(eventId, unknownMember).then().spec(problem(ProblemType.VALIDATION_FAILED));

        anonymous().get(SESSIONS, eventId).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void streamsHaveUniqueNamesAndGoOnlyWhenEmptyAndSessionsOnlyWhenNobodyBookedThem() {
        String eventId = EventsTestData.publishedEvent(null, 100);
        String streamId = createStream(eventId, "Workforce", 1);
        asEventsAdmin()
                .body(Map.of("name", "workforce", "position", 2))
                .post(STREAMS, eventId)
                .then()
                .spec(problem(ProblemType.ALREADY_EXISTS));
        String sessionId = sessionInStream(eventId, streamId, 1);
        RegistrationResponse registration = EventsTestData.register(asEventsAdmin(), eventId, guest("Booked Guest"));
        EventsTestData.bookSession(asEventsAdmin(), eventId, registration.id(), sessionId);

        asEventsAdmin().delete(STREAM, eventId, streamId).then().spec(problem(ProblemType.CONFLICTING_CHANGE));
        asEventsAdmin().delete(SESSION, eventId, sessionId).then().spec(problem(ProblemType.CONFLICTING_CHANGE));
        anonymous().get(SESSION, eventId, sessionId).then().statusCode(200);

        asEventsAdmin()
                .delete(
                        "/api/events/{eventId}/registrations/{registrationId}/sessions/{sessionId}",
                        eventId,
                        registration.id(),
                        sessionId)
                .then()
                .statusCode(204);
        asEventsAdmin().delete(SESSION, eventId, sessionId).then().statusCode(204);
        anonymous().get(SESSION, eventId, sessionId).then().spec(problem(ProblemType.NOT_FOUND));
        String etag = anonymous()
                .get(STREAM, eventId, streamId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        asEventsAdmin()
                .header("If-Match", etag)
                .body(Map.of("name", "People", "position", 3))
                .put(STREAM, eventId, streamId)
                .then()
                .statusCode(200)
                .body("name", equalTo("People"))
                .body("position", equalTo(3));
        asEventsAdmin().delete(STREAM, eventId, streamId).then().statusCode(204);
        anonymous().get(STREAMS, eventId).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anEventsTimesCannotMoveAwayFromItsSessions() {
        Map<String, Object> event = EventsTestData.event(null, 100);
        String eventId = EventsTestData.createEvent(event);
        EventsTestData.sessionOf(eventId, 0, 10);
        String etag = asEventsAdmin()
                .get("/api/events/{eventId}", eventId)
                .then()
                .extract()
                .header("ETag");
        Instant startsAt = Instant.parse(event.get("startsAt").toString());

        event.put("startsAt", startsAt.plus(Duration.ofMinutes(30)).toString());
        asEventsAdmin()
                .header("If-Match", etag)
                .body(event)
                .put("/api/events/{eventId}", eventId)
                .then()
                .spec(problem(ProblemType.SESSION_OUTSIDE_EVENT));
        anonymous().get("/api/events/{eventId}", eventId).then().body("startsAt", equalTo(startsAt.toString()));

        event.put("startsAt", startsAt.minus(Duration.ofHours(1)).toString());
        asEventsAdmin()
                .header("If-Match", etag)
                .body(event)
                .put("/api/events/{eventId}", eventId)
                .then()
                .statusCode(200);
    }

    @Test
    void aNetworkLeadManagesTheProgramOfTheirNetworksEventsAndNoOtherNetworks() {
        Person lead = EventsTestData.leadOf("london");
        String ownEvent = EventsTestData.publishedEvent(Region.LONDON, 10);
        String othersEvent = EventsTestData.publishedEvent(Region.NORTH_WEST, 10);
        String othersDraft = EventsTestData.draftEvent(Region.NORTH_WEST, 10);
        Map<String, Object> session = EventsTestData.session(ownEvent, 1, 5);
        session.put("onlineLink", "https://meet.example/lead");

        String sessionId = lead.asLead()
                .body(session)
                .post(SESSIONS, ownEvent)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        lead.asLead()
                .body(EventsTestData.session(othersEvent, 1, 5))
                .post(SESSIONS, othersEvent)
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        lead.asLead()
                .body(Map.of("name", "Not theirs", "position", 1))
                .post(STREAMS, othersDraft)
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        lead.asLead()
                .get(SESSION, ownEvent, sessionId)
                .then()
                .statusCode(200)
                .body("onlineLink", equalTo("https://meet.example/lead"));
        anonymous().get(SESSION, ownEvent, sessionId).then().body("onlineLink", org.hamcrest.Matchers.nullValue());
        RegistrationResponse attendee = EventsTestData.register(asEventsAdmin(), ownEvent, guest("Lead Booked"));
        assertThat(EventsTestData.bookSession(lead.asLead(), ownEvent, attendee.id(), sessionId)
                        .status())
                .isEqualTo(SessionBookingStatus.CONFIRMED);
        anonymous().get(SESSIONS, othersEvent).then().body("totalItems", equalTo(0));
    }

    @Test
    void aDraftEventsProgramIsHiddenFromEveryoneButThoseWhoRunEvents() {
        String eventId = EventsTestData.draftEvent(null, 100);
        String sessionId = EventsTestData.sessionOf(eventId, 1, 10);

        anonymous().get(SESSIONS, eventId).then().spec(problem(ProblemType.NOT_FOUND));
        anonymous().get(SESSION, eventId, sessionId).then().spec(problem(ProblemType.NOT_FOUND));
        anonymous().get(SETTINGS, eventId).then().spec(problem(ProblemType.NOT_FOUND));
        asEventsAdmin().get(SESSIONS, eventId).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void theSessionSettingsStartWithoutOverlapAndChangeWithIfMatch() {
        String eventId = EventsTestData.publishedEvent(null, 100);
        Response defaults = anonymous().get(SETTINGS, eventId);
        defaults.then().statusCode(200).body("overlapAllowed", equalTo(false));
        String etag = defaults.header("ETag");

        Response changed = asEventsAdmin()
                .header("If-Match", etag)
                .body(Map.of("overlapAllowed", true))
                .put(SETTINGS, eventId);
        changed.then().statusCode(200).body("overlapAllowed", equalTo(true));
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        asEventsAdmin()
                .header("If-Match", etag)
                .body(Map.of("overlapAllowed", false))
                .put(SETTINGS, eventId)
                .then()
                .spec(problem(ProblemType.STALE_VERSION));
        anonymous().get(SETTINGS, eventId).then().body("overlapAllowed", equalTo(true));
    }

    private static String createStream(String eventId, String name, int position) {
        return asEventsAdmin()
                .body(Map.of("name", name, "position", position))
                .post(STREAMS, eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String sessionInStream(String eventId, String streamId, int fromHour) {
        Map<String, Object> body = EventsTestData.session(eventId, fromHour, 50);
        body.put("streamId", streamId);
        return EventsTestData.createSession(eventId, body);
    }

    private static Response create(String eventId, Map<String, Object> body) {
        return asEventsAdmin().body(body).post(SESSIONS, eventId);
    }

    private static List<SessionResponse> listed(RequestSpecification caller, String eventId) {
        return caller.queryParam("size", 100)
                .get(SESSIONS, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", SessionResponse.class);
    }
}
