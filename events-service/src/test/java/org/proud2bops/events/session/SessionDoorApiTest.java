package org.proud2bops.events.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.guest;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.TestClock;
import org.proud2bops.events.checkin.CheckInEvents;
import org.proud2bops.events.checkin.CheckInOutcome;
import org.proud2bops.events.checkin.CheckInResponse;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class SessionDoorApiTest {

    private static final String DOOR = "/api/events/{eventId}/sessions/{sessionId}/check-ins";
    private static final String ATTENDANCE = "/api/events/{eventId}/attendance/sessions";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aScanAtASessionsDoorChecksInOnceAndAttendanceCountsNoShowsAfterItEnds() {
        String eventId = EventsTestData.eventStartingSoon();
        String morning = EventsTestData.sessionOf(eventId, 0, 10);
        String afternoon = EventsTestData.sessionOf(eventId, 4, 10);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse came = EventsTestData.registerThemself(member, eventId);
        RegistrationResponse stayedAway = EventsTestData.register(asEventsAdmin(), eventId, guest("Door Stayer"));
        EventsTestData.bookSession(asEventsAdmin(), eventId, came.id(), morning);
        EventsTestData.bookSession(asEventsAdmin(), eventId, stayedAway.id(), morning);
        EventsTestData.bookSession(asEventsAdmin(), eventId, came.id(), afternoon);

        SessionCheckInResponse first = scan(eventId, morning, came.checkInCode())
                .then()
                .statusCode(200)
                .extract()
                .as(SessionCheckInResponse.class);
        clock.advance(Duration.ofMinutes(5));
        SessionCheckInResponse again = scan(eventId, morning, came.checkInCode())
                .then()
                .statusCode(200)
                .extract()
                .as(SessionCheckInResponse.class);

        assertThat(first.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(first.attendeeName())
                .isEqualTo("Member " + member.memberId().toString().substring(0, 8));
        assertThat(again.outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        assertThat(again.checkedInAt()).isEqualTo(first.checkedInAt());
        assertThat(again.message()).startsWith("Already checked in at ");
        assertThat(EventsTestData.sessionBooking(asEventsAdmin(), eventId, came.id(), morning)
                        .checkedInAt())
                .isEqualTo(first.checkedInAt());

        assertThat(attendance(eventId))
                .extracting(
                        SessionAttendanceResponse::ended,
                        SessionAttendanceResponse::booked,
                        SessionAttendanceResponse::checkedIn,
                        SessionAttendanceResponse::noShows)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(false, 2L, 1L, 0L),
                        org.assertj.core.api.Assertions.tuple(false, 1L, 0L, 0L));

        // After the morning session ended (the session starts an hour from now and lasts an hour)
        clock.advance(Duration.ofHours(3));
        assertThat(attendance(eventId))
                .extracting(
                        SessionAttendanceResponse::ended,
                        SessionAttendanceResponse::booked,
                        SessionAttendanceResponse::checkedIn,
                        SessionAttendanceResponse::noShows)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(true, 2L, 1L, 1L),
                        org.assertj.core.api.Assertions.tuple(false, 1L, 0L, 0L));
        scan(eventId, morning, stayedAway.checkInCode()).then().spec(problem(ProblemType.OUTSIDE_DEADLINE));
    }

    @Test
    void someoneScannedAtASessionsDoorIsCheckedInAtTheEventOnce() {
        String eventId = EventsTestData.eventStartingSoon();
        String morning = EventsTestData.sessionOf(eventId, 0, 10);
        String afternoon = EventsTestData.sessionOf(eventId, 4, 10);
        RegistrationResponse came = EventsTestData.register(asEventsAdmin(), eventId, guest("Door Arrival"));
        EventsTestData.bookSession(asEventsAdmin(), eventId, came.id(), morning);
        EventsTestData.bookSession(asEventsAdmin(), eventId, came.id(), afternoon);

        SessionCheckInResponse atTheDoor =
                scan(eventId, morning, came.checkInCode()).as(SessionCheckInResponse.class);
        clock.advance(Duration.ofHours(4));
        scan(eventId, afternoon, came.checkInCode()).then().statusCode(200);
        CheckInResponse atTheDesk = asEventsAdmin()
                .body(Map.of("code", came.checkInCode()))
                .post("/api/events/{eventId}/check-ins", eventId)
                .then()
                .statusCode(200)
                .extract()
                .as(CheckInResponse.class);

        assertThat(atTheDesk.outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        assertThat(atTheDesk.checkedInAt()).isEqualTo(atTheDoor.checkedInAt());
        // One CheckedIn on the event's key, with the time of the first door
        assertThat(KafkaTestClient.recordsWithin(
                                KafkaTestResource.bootstrapServers(),
                                EventsTestData.REGISTRATION_TOPIC,
                                r -> eventId.equals(r.key())
                                        && CheckInEvents.CHECKED_IN.equals(KafkaTestClient.header(r, "ce_type")),
                                Duration.ofSeconds(5))
                        .stream()
                        .map(r -> JsonPath.from(r.value()).getString("checkedInAt"))
                        .map(Instant::parse))
                .containsExactly(atTheDoor.checkedInAt());
    }

    @Test
    void theDoorRefusesCodesOfOtherEventsAndPeopleWithoutAPlaceAtTheSession() {
        String eventId = EventsTestData.eventStartingSoon();
        String otherEvent = EventsTestData.eventStartingSoon();
        String sessionId = EventsTestData.sessionOf(eventId, 0, 1);
        RegistrationResponse seated = EventsTestData.register(asEventsAdmin(), eventId, guest("Door Seated"));
        RegistrationResponse waiting = EventsTestData.register(asEventsAdmin(), eventId, guest("Door Waiting"));
        RegistrationResponse unbooked = EventsTestData.register(asEventsAdmin(), eventId, guest("Door Unbooked"));
        RegistrationResponse elsewhere = EventsTestData.register(asEventsAdmin(), otherEvent, guest("Door Elsewhere"));
        EventsTestData.bookSession(asEventsAdmin(), eventId, seated.id(), sessionId);
        EventsTestData.bookSession(asEventsAdmin(), eventId, waiting.id(), sessionId);

        scan(eventId, sessionId, elsewhere.checkInCode()).then().spec(problem(ProblemType.CHECK_IN_OTHER_EVENT));
        scan(eventId, sessionId, waiting.checkInCode()).then().spec(problem(ProblemType.CHECK_IN_REFUSED));
        scan(eventId, sessionId, unbooked.checkInCode()).then().spec(problem(ProblemType.CHECK_IN_REFUSED));
        scan(eventId, sessionId, "no-such-code").then().spec(problem(ProblemType.NOT_FOUND));

        assertThat(attendance(eventId))
                .extracting(SessionAttendanceResponse::booked, SessionAttendanceResponse::checkedIn)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1L, 0L));
        assertThat(EventsTestData.sessionBooking(asEventsAdmin(), eventId, waiting.id(), sessionId)
                        .checkedInAt())
                .isNull();
    }

    @Test
    void theDoorOpensADayBeforeTheEvent() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        String sessionId = EventsTestData.sessionOf(eventId, 1, 10);
        RegistrationResponse registration = EventsTestData.register(asEventsAdmin(), eventId, guest("Early Comer"));
        EventsTestData.bookSession(asEventsAdmin(), eventId, registration.id(), sessionId);

        scan(eventId, sessionId, registration.checkInCode()).then().spec(problem(ProblemType.OUTSIDE_DEADLINE));
        assertThat(EventsTestData.sessionBooking(asEventsAdmin(), eventId, registration.id(), sessionId)
                        .checkedInAt())
                .isNull();
        Instant sessionStart = Instant.parse(asEventsAdmin()
                .get("/api/events/{eventId}/sessions/{sessionId}", eventId, sessionId)
                .then()
                .extract()
                .path("startsAt"));
        clock.advance(Duration.between(Instant.now(), sessionStart).minus(Duration.ofMinutes(10)));
        scan(eventId, sessionId, registration.checkInCode()).then().statusCode(200);
    }

    private static Response scan(String eventId, String sessionId, String code) {
        return asEventsAdmin().body(Map.of("code", code)).post(DOOR, eventId, sessionId);
    }

    private static List<SessionAttendanceResponse> attendance(String eventId) {
        return asEventsAdmin()
                .get(ATTENDANCE, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", SessionAttendanceResponse.class);
    }
}
