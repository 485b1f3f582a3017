package org.proud2bops.events.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.guest;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.TestClock;
import org.proud2bops.events.event.EventRepository;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.events.registration.RegistrationStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class CheckInApiTest {

    private static final String SCAN = "/api/events/{eventId}/check-ins";
    private static final String DESK_CHECK_IN = "/api/events/{eventId}/registrations/{registrationId}/check-in";
    private static final String ATTENDEES = "/api/events/{eventId}/check-ins/attendees";
    private static final String ATTENDANCE = "/api/events/{eventId}/attendance";
    private static final String REGISTRATION = "/api/events/{eventId}/registrations/{registrationId}";
    private static final String CANCELLATION = "/api/events/{eventId}/registrations/{registrationId}/cancellation";
    private static final String QR_CODE = "/api/events/{eventId}/registrations/{registrationId}/check-in-code.png";

    @Inject
    TestClock clock;

    @Inject
    EventRepository eventRepository;

    @Inject
    CheckInRepository checkInRepository;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theFirstScanChecksInAndASecondAnswersWithTheFirstTime() {
        String eventId = EventsTestData.eventStartingSoon();
        RegistrationResponse place = EventsTestData.register(asEventsAdmin(), eventId, guest("Ada Door"));
        assertThat(place.checkInCode()).hasSize(CheckInCodes.LENGTH).matches("[A-Za-z0-9_-]+");

        CheckInResponse first = scan(eventId, place.checkInCode());
        CheckInResponse second = scan(eventId, place.checkInCode());
        CheckInResponse atTheDesk = asEventsAdmin()
                .post(DESK_CHECK_IN, eventId, place.id())
                .then()
                .statusCode(200)
                .extract()
                .as(CheckInResponse.class);

        assertThat(first.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(first.registrationId()).isEqualTo(place.id());
        assertThat(first.attendeeName()).isEqualTo("Ada Door");
        assertThat(first.message()).startsWith("Checked in at ");
        assertThat(second.outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        assertThat(second.message())
                .isEqualTo("Already checked in at " + first.message().substring(14));
        assertThat(List.of(second.checkedInAt(), atTheDesk.checkedInAt())).containsOnly(first.checkedInAt());
        assertThat(atTheDesk.outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        RegistrationResponse read = asEventsAdmin()
                .get(REGISTRATION, eventId, place.id())
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);
        assertThat(read.checkedInAt()).isEqualTo(first.checkedInAt());
        assertThat(attendance(eventId).getInt("checkedIn")).isEqualTo(1);
    }

    @Test
    void findingARegistrationByItsCodeLocksItsRowInTheSameStatement() {
        String eventId = EventsTestData.eventStartingSoon();
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse place = EventsTestData.registerThemself(member, eventId);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(checkInRepository.findByCodeForUpdate(place.checkInCode()))
                    .get()
                    .extracting(registration -> registration.id)
                    .isEqualTo(place.id());
            assertThat(lockableByAnotherTransaction(place.id())).isFalse();
        });
        assertThat(lockableByAnotherTransaction(place.id())).isTrue();
    }

    /** Whether another transaction can lock the registration's row now, without waiting. */
    private boolean lockableByAnotherTransaction(UUID registrationId) {
        try {
            return QuarkusTransaction.requiringNew()
                    .call(() -> !checkInRepository
                            .getEntityManager()
                            .createNativeQuery("select id from registration where id = :id for update nowait")
                            .setParameter("id", registrationId)
                            .getResultList()
                            .isEmpty());
        } catch (PersistenceException lockNotAvailable) {
            return false;
        }
    }

    @Test
    void concurrentScansOfOneCodeCheckInOnceAndPublishOneCheckedIn() throws Exception {
        String eventId = EventsTestData.eventStartingSoon();
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse place = EventsTestData.registerThemself(member, eventId);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<CheckInResponse>> scans = IntStream.range(0, 12)
                .<Callable<CheckInResponse>>mapToObj(i -> () -> {
                    start.await();
                    return scan(eventId, place.checkInCode());
                })
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<CheckInResponse> outcomes;
        try {
            List<Future<CheckInResponse>> pending =
                    scans.stream().map(pool::submit).toList();
            start.countDown();
            outcomes = pending.stream().map(CheckInApiTest::outcome).toList();
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes)
                .extracting(CheckInResponse::outcome)
                .containsOnlyOnce(CheckInOutcome.CHECKED_IN)
                .filteredOn(outcome -> outcome == CheckInOutcome.ALREADY_CHECKED_IN)
                .hasSize(11);
        assertThat(outcomes)
                .extracting(CheckInResponse::checkedInAt)
                .containsOnly(outcomes.getFirst().checkedInAt());
        // A later fact on the event's key shows nothing else was published in between
        member.asThem().post(CANCELLATION, eventId, place.id()).then().statusCode(200);
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
                        CheckInEvents.CHECKED_IN,
                        "org.proud2bops.events.RegistrationCancelled");
        JsonPath checkedIn = JsonPath.from(records.get(1).value());
        assertThat(checkedIn.getString("memberId")).isEqualTo(member.memberId().toString());
        assertThat(checkedIn.getString("registrationId")).isEqualTo(place.id().toString());
        assertThat(checkedIn.getString("eventId")).isEqualTo(eventId);
        assertThat(checkedIn.getString("checkedInAt")).isNotNull();
        assertThat(records.get(1).value()).doesNotContain(place.checkInCode());
    }

    @Test
    void aGuestsCheckInIsPublishedWithoutTheirDetailsOrCode() {
        String eventId = EventsTestData.eventStartingSoon();
        RegistrationResponse place = EventsTestData.register(asEventsAdmin(), eventId, guest("Private Arrival"));
        scan(eventId, place.checkInCode());

        var records = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
                r -> eventId.equals(r.key()) && CheckInEvents.CHECKED_IN.equals(KafkaTestClient.header(r, "ce_type")),
                1,
                Duration.ofSeconds(20));
        JsonPath payload = JsonPath.from(records.getFirst().value());
        assertThat(payload.getString("memberId")).isNull();
        assertThat(payload.getString("registrationId")).isEqualTo(place.id().toString());
        assertThat(records.getFirst().value())
                .doesNotContain("Private")
                .doesNotContain("@trust.example")
                .doesNotContain(place.checkInCode());
    }

    @Test
    void aCodeOfAnotherEventAnUnknownCodeAndACancelledPlaceAreRefused() {
        String eventId = EventsTestData.eventStartingSoon();
        String otherEventId = EventsTestData.eventStartingSoon();
        RegistrationResponse elsewhere = EventsTestData.register(asEventsAdmin(), otherEventId, guest("Wrong Door"));
        RegistrationResponse cancelled = EventsTestData.register(asEventsAdmin(), eventId, guest("Gone Guest"));
        asEventsAdmin().post(CANCELLATION, eventId, cancelled.id()).then().statusCode(200);

        scanning(eventId, elsewhere.checkInCode()).then().spec(problem(ProblemType.CHECK_IN_OTHER_EVENT));
        scanning(eventId, CheckInCodes.newCode()).then().spec(problem(ProblemType.NOT_FOUND));
        scanning(eventId, cancelled.checkInCode()).then().spec(problem(ProblemType.CHECK_IN_REFUSED));
        asEventsAdmin().post(DESK_CHECK_IN, eventId, cancelled.id()).then().spec(problem(ProblemType.CHECK_IN_REFUSED));
        asEventsAdmin().post(DESK_CHECK_IN, eventId, elsewhere.id()).then().spec(problem(ProblemType.NOT_FOUND));
        asEventsAdmin().get(QR_CODE, eventId, cancelled.id()).then().spec(problem(ProblemType.CHECK_IN_REFUSED));

        assertThat(attendance(eventId).getInt("checkedIn")).isZero();
        assertThat(attendance(otherEventId).getInt("checkedIn")).isZero();
        assertThat(asEventsAdmin()
                        .get(REGISTRATION, eventId, cancelled.id())
                        .then()
                        .statusCode(200)
                        .extract()
                        .as(RegistrationResponse.class)
                        .checkInCode())
                .as("a cancelled place shows no code")
                .isNull();
    }

    @Test
    void aWaitlistedPlaceHasNoUsableCodeUntilItIsPromoted() {
        String eventId = EventsTestData.eventStartingSoon();
        QuarkusTransaction.requiringNew().run(() -> eventRepository.findById(UUID.fromString(eventId)).capacity = 1);
        RegistrationResponse placed = EventsTestData.register(asEventsAdmin(), eventId, guest("First Come"));
        RegistrationResponse waiting = EventsTestData.register(asEventsAdmin(), eventId, guest("Second Come"));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(waiting.checkInCode()).as("no code is shown while waiting").isNull();
        String storedCode =
                QuarkusTransaction.requiringNew().call(() -> checkInRepository.findById(waiting.id()).checkInCode);

        scanning(eventId, storedCode).then().spec(problem(ProblemType.CHECK_IN_REFUSED));
        asEventsAdmin().post(DESK_CHECK_IN, eventId, waiting.id()).then().spec(problem(ProblemType.CHECK_IN_REFUSED));
        asEventsAdmin().get(QR_CODE, eventId, waiting.id()).then().spec(problem(ProblemType.CHECK_IN_REFUSED));

        asEventsAdmin().post(CANCELLATION, eventId, placed.id()).then().statusCode(200);
        RegistrationResponse promoted = asEventsAdmin()
                .get(REGISTRATION, eventId, waiting.id())
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(promoted.checkInCode()).isEqualTo(storedCode);
        assertThat(scan(eventId, storedCode).outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
    }

    @Test
    void theDeskOpensADayBeforeTheEventAndRefusesDraftsAndBadInput() {
        String farAway = EventsTestData.publishedEvent(null, 10);
        RegistrationResponse early = EventsTestData.register(asEventsAdmin(), farAway, guest("Early Bird"));
        scanning(farAway, early.checkInCode()).then().spec(problem(ProblemType.OUTSIDE_DEADLINE));

        String soon = EventsTestData.eventStartingSoon();
        asEventsAdmin().body(Map.of("code", "")).post(SCAN, soon).then().spec(problem(ProblemType.VALIDATION_FAILED));
        asEventsAdmin()
                .body(Map.of("code", "x".repeat(65)))
                .post(SCAN, soon)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
        asEventsAdmin().post(SCAN, soon).then().statusCode(400);
        scanning(UUID.randomUUID().toString(), early.checkInCode()).then().spec(problem(ProblemType.NOT_FOUND));
        assertThat(attendance(farAway).getInt("checkedIn")).isZero();
    }

    @Test
    void theDeskFindsAttendeesByPartOfTheirNameOrEmailIgnoringCase() {
        String eventId = EventsTestData.eventStartingSoon();
        Person member = EventsTestData.member(Region.NORTH_WEST, MemberStatus.ACTIVE);
        RegistrationResponse memberPlace = EventsTestData.registerThemself(member, eventId);
        RegistrationResponse priya = EventsTestData.register(asEventsAdmin(), eventId, guest("Priya Shah"));
        EventsTestData.register(asEventsAdmin(), eventId, guest("Tom Brown"));
        RegistrationResponse gone = EventsTestData.register(asEventsAdmin(), eventId, guest("Priya Gone"));
        asEventsAdmin().post(CANCELLATION, eventId, gone.id()).then().statusCode(200);

        assertThat(namesFound(eventId, "SHAH")).containsExactly("Priya Shah");
        assertThat(namesFound(eventId, "priya")).containsExactly("Priya Shah");
        assertThat(namesFound(eventId, "tom.brown@TRUST")).containsExactly("Tom Brown");
        assertThat(namesFound(eventId, "@trust.example")).containsExactly("Priya Shah", "Tom Brown");
        assertThat(namesFound(eventId, memberPlace.attendeeName().substring(3).toUpperCase()))
                .containsExactly(memberPlace.attendeeName());
        assertThat(namesFound(eventId, "%"))
                .as("a wildcard is a character like any other")
                .isEmpty();
        assertThat(namesFound(eventId, "nobody")).isEmpty();
        assertThat(namesFound(eventId, null)).hasSize(3);

        asEventsAdmin().post(DESK_CHECK_IN, eventId, priya.id()).then().statusCode(200);
        List<DeskAttendeeResponse> found = asEventsAdmin()
                .queryParam("q", "priya")
                .get(ATTENDEES, eventId)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .extract()
                .jsonPath()
                .getList("items", DeskAttendeeResponse.class);
        assertThat(found).singleElement().satisfies(attendee -> {
            assertThat(attendee.registrationId()).isEqualTo(priya.id());
            assertThat(attendee.guestEmail()).isEqualTo("priya.shah@trust.example");
            assertThat(attendee.attendance()).isEqualTo(Attendance.CHECKED_IN);
            assertThat(attendee.checkedInAt()).isNotNull();
        });
        asEventsAdmin()
                .queryParam("q", "x".repeat(201))
                .get(ATTENDEES, eventId)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
    }

    @Test
    void theDeskSeesEachAttendeesAnswersToTheQuestionsTheEventStillAsks() {
        Map<String, Object> body = EventsTestData.eventWithQuestions(Region.LONDON, 10);
        String eventId = EventsTestData.createEvent(body);
        Map<String, Object> ada = new java.util.HashMap<>(guest("Ada Answers"));
        ada.put("answers", Map.of("dietary", "Vegan", "access", "Step-free route to the hall"));
        RegistrationResponse adaPlace = EventsTestData.register(asEventsAdmin(), eventId, ada);
        Map<String, Object> bo = new java.util.HashMap<>(guest("Bo Answers"));
        bo.put("answers", Map.of("dietary", "None"));
        RegistrationResponse boPlace = EventsTestData.register(asEventsAdmin(), eventId, bo);
        Person lead = EventsTestData.leadOf("london");

        Map<UUID, Map<String, String>> seen = answersAtTheDesk(lead.asLead(), eventId);
        assertThat(seen.get(adaPlace.id()))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("dietary", "Vegan", "access", "Step-free route to the hall"));
        assertThat(seen.get(boPlace.id())).containsExactlyEntriesOf(Map.of("dietary", "None"));

        // A question the event no longer asks is no longer shown at the door
        String etag = asEventsAdmin()
                .get("/api/events/{eventId}", eventId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        body.put("questions", List.of(((List<?>) body.get("questions")).get(0)));
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put("/api/events/{eventId}", eventId)
                .then()
                .statusCode(200);
        assertThat(answersAtTheDesk(asEventsAdmin(), eventId).get(adaPlace.id()))
                .containsExactlyEntriesOf(Map.of("dietary", "Vegan"));
    }

    /** The answers the desk sees, by registration id (an attendee without answers has none in the map). */
    @SuppressWarnings("unchecked")
    private static Map<UUID, Map<String, String>> answersAtTheDesk(RequestSpecification desk, String eventId) {
        List<Map<String, Object>> items = desk.get(ATTENDEES, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Map<UUID, Map<String, String>> answers = new java.util.HashMap<>();
        items.stream()
                .filter(item -> item.get("answers") != null)
                .forEach(item -> answers.put(UUID.fromString((String) item.get("registrationId")), (Map<String, String>)
                        item.get("answers")));
        return answers;
    }

    @Test
    void attendanceCountsNoShowsOnceTheEventHasEnded() {
        String eventId = EventsTestData.eventStartingSoon();
        RegistrationResponse arrives = EventsTestData.register(asEventsAdmin(), eventId, guest("On Time"));
        EventsTestData.register(asEventsAdmin(), eventId, guest("Stays Home"));
        RegistrationResponse late = EventsTestData.register(asEventsAdmin(), eventId, guest("Too Late"));
        RegistrationResponse gone = EventsTestData.register(asEventsAdmin(), eventId, guest("Gave Back"));
        asEventsAdmin().post(CANCELLATION, eventId, gone.id()).then().statusCode(200);
        scan(eventId, arrives.checkInCode());

        JsonPath during = attendance(eventId);
        assertThat(during.getBoolean("ended")).isFalse();
        assertThat(List.of(during.getInt("confirmed"), during.getInt("checkedIn"), during.getInt("noShows")))
                .containsExactly(3, 1, 0);
        assertThat(attendanceOf(eventId)).containsOnly(Attendance.CHECKED_IN, Attendance.EXPECTED);

        clock.advance(Duration.ofHours(10));

        JsonPath after = attendance(eventId);
        assertThat(after.getBoolean("ended")).isTrue();
        assertThat(List.of(after.getInt("confirmed"), after.getInt("checkedIn"), after.getInt("noShows")))
                .containsExactly(3, 1, 2);
        assertThat(attendanceOf(eventId))
                .containsExactlyInAnyOrder(Attendance.CHECKED_IN, Attendance.NO_SHOW, Attendance.NO_SHOW);
        scanning(eventId, late.checkInCode()).then().spec(problem(ProblemType.OUTSIDE_DEADLINE));
        assertThat(scan(eventId, arrives.checkInCode()).outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        assertThat(attendance(eventId).getInt("noShows")).isEqualTo(2);
    }

    @Test
    void theAttendeeSeesTheirCodeAndGetsItAsAQrCode() throws Exception {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse own = EventsTestData.registerThemself(member, eventId);
        assertThat(own.checkInCode()).isNotNull();

        assertThat(member.asThem()
                        .get("/api/events/me/registrations")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("items.find { it.id == '%s' }.checkInCode".formatted(own.id())))
                .isEqualTo(own.checkInCode());
        assertThat(decodedQrCode(member.asThem(), eventId, own.id())).isEqualTo(own.checkInCode());
        assertThat(decodedQrCode(asEventsAdmin(), eventId, own.id())).isEqualTo(own.checkInCode());
        EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE)
                .asThem()
                .get(QR_CODE, eventId, own.id())
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void aRegionalClientSeesItsAttendeesPlacesButNotTheirCodes() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);
        RegistrationResponse registered = EventsTestData.register(london(), eventId, guest("Regional Guest"));

        assertThat(registered.checkInCode()).isNull();
        london().get(QR_CODE, eventId, registered.id()).then().spec(problem(ProblemType.FORBIDDEN));
        london().get(ATTENDANCE, eventId).then().spec(problem(ProblemType.FORBIDDEN));
        london().get(ATTENDEES, eventId).then().spec(problem(ProblemType.FORBIDDEN));
        london().body(Map.of("code", "anything")).post(SCAN, eventId).then().spec(problem(ProblemType.FORBIDDEN));
        RegistrationResponse asAdminSeesIt = asEventsAdmin()
                .get(REGISTRATION, eventId, registered.id())
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);
        assertThat(asAdminSeesIt.checkInCode()).hasSize(CheckInCodes.LENGTH);
    }

    private static RequestSpecification london() {
        return EventsTestData.asRegionalClient(Region.LONDON);
    }

    private static String decodedQrCode(RequestSpecification caller, String eventId, UUID registrationId)
            throws Exception {
        var response = caller.get(QR_CODE, eventId, registrationId)
                .then()
                .statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", "private, no-store")
                .extract();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
        assertThat(image.getWidth()).isEqualTo(QrCodes.SIZE);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }

    /** A scan as the desk sends it. */
    private static Response scanning(String eventId, String code) {
        return asEventsAdmin().body(Map.of("code", code)).post(SCAN, eventId);
    }

    private static CheckInResponse scan(String eventId, String code) {
        return scanning(eventId, code).then().statusCode(200).extract().as(CheckInResponse.class);
    }

    private static JsonPath attendance(String eventId) {
        return asEventsAdmin()
                .get(ATTENDANCE, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> namesFound(String eventId, String q) {
        RequestSpecification request = asEventsAdmin();
        if (q != null) {
            request = request.queryParam("q", q);
        }
        return request.get(ATTENDEES, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.attendeeName", String.class);
    }

    private static List<Attendance> attendanceOf(String eventId) {
        return asEventsAdmin()
                .get(ATTENDEES, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", DeskAttendeeResponse.class)
                .stream()
                .map(DeskAttendeeResponse::attendance)
                .toList();
    }

    private static <T> T outcome(Future<T> attempt) {
        try {
            return attempt.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
