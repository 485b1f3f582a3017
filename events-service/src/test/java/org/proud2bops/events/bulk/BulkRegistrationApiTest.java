package org.proud2bops.events.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.asRegionalClient;
import static org.proud2bops.events.EventsTestData.guest;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.bulk.BatchReport.BatchRowOutcome;
import org.proud2bops.events.bulk.BatchReport.BatchRowOutcome.Outcome;
import org.proud2bops.events.event.EventStatus;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.registration.Registrant;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationRepository;
import org.proud2bops.events.registration.RegistrationStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class BulkRegistrationApiTest {

    private static final String BATCHES = "/api/events/{eventId}/registration-batches";
    private static final String EVENT = "/api/events/{eventId}";

    @Test
    void aDryRunWritesNothingAndSaysWhatWouldHappenToEachRow() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 2);
        EventsTestData.register(asEventsAdmin(), eventId, guest("Already Here"));
        Person active = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person lapsed = EventsTestData.member(Region.LONDON, MemberStatus.LAPSED);
        long before = registrationsOf(eventId);

        BatchReport report = batch(
                asEventsAdmin().queryParam("dryRun", true),
                eventId,
                List.of(
                        EventsTestData.memberAttendee(active),
                        guest("New Guest"),
                        guest("Later Guest"),
                        guest("New Guest"),
                        Map.of("memberId", UUID.randomUUID()),
                        Map.of("guest", Map.of("name", "No Email", "email", "not-an-email")),
                        guest("Already Here"),
                        EventsTestData.memberAttendee(lapsed),
                        Map.of()));

        assertThat(report.dryRun()).isTrue();
        assertThat(report.results())
                .extracting(BatchRowOutcome::row, BatchRowOutcome::outcome, r -> typeOf(r), r -> fieldOf(r))
                .containsExactly(
                        tuple(1, Outcome.WOULD_CONFIRM, null, null),
                        tuple(2, Outcome.WOULD_WAITLIST, null, null),
                        tuple(3, Outcome.WOULD_WAITLIST, null, null),
                        tuple(4, Outcome.REFUSED, ProblemType.DUPLICATE_IN_BATCH, "guest.email"),
                        tuple(5, Outcome.REFUSED, ProblemType.NOT_FOUND, "memberId"),
                        tuple(6, Outcome.REFUSED, ProblemType.VALIDATION_FAILED, "guest.email"),
                        tuple(7, Outcome.REFUSED, ProblemType.ALREADY_REGISTERED, "guest.email"),
                        tuple(8, Outcome.REFUSED, ProblemType.TRANSITION_NOT_ALLOWED, "memberId"),
                        tuple(9, Outcome.REFUSED, ProblemType.VALIDATION_FAILED, "memberId"));
        assertThat(report)
                .extracting(BatchReport::rows, BatchReport::confirmed, BatchReport::waitlisted, BatchReport::refused)
                .containsExactly(9, 1L, 2L, 6L);
        assertThat(registrationsOf(eventId)).isEqualTo(before);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(1));
    }

    @Test
    void aBatchForAClosedEventRefusesEveryRowAsClosed() {
        UUID draft = EventsTestData.storedEvent("Closed " + UUID.randomUUID(), EventStatus.DRAFT, Duration.ofDays(3));

        BatchReport report = batch(
                asEventsAdmin().queryParam("dryRun", true),
                draft.toString(),
                List.of(guest("Closed Guest"), guest("Other Closed Guest")));

        assertThat(report.results())
                .extracting(BatchRowOutcome::outcome, r -> typeOf(r))
                .containsOnly(tuple(Outcome.REFUSED, ProblemType.REGISTRATION_CLOSED));
    }

    @Test
    void aBatchBeforeTheEventsRegistrationWindowOpensRefusesEveryRowAsNotOpenYetInADryRunAndARealOne() {
        Map<String, Object> body = EventsTestData.event(Region.LONDON, 10);
        java.time.Instant startsAt = java.time.Instant.parse((String) body.get("startsAt"));
        body.put("registrationOpensAt", startsAt.minus(Duration.ofDays(5)).toString());
        String eventId = EventsTestData.createEvent(body);
        List<Map<String, Object>> rows = List.of(guest("Early Bulk Guest"), guest("Other Early Bulk Guest"));

        for (RequestSpecification caller : List.of(asEventsAdmin().queryParam("dryRun", true), asEventsAdmin())) {
            assertThat(batch(caller, eventId, rows).results())
                    .extracting(BatchRowOutcome::outcome, r -> typeOf(r), r -> fieldOf(r))
                    .containsOnly(tuple(Outcome.REFUSED, ProblemType.REGISTRATION_NOT_OPEN_YET, null));
        }
        assertThat(registrationsOf(eventId)).isZero();
    }

    @Test
    void theRealRunConfirmsUpToCapacityThenWaitlistsAndRecordsWhoRegistered() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 3);
        List<Object> guests = IntStream.rangeClosed(1, 5)
                .mapToObj(n -> (Object) guest("Batch Guest " + n))
                .toList();

        BatchReport report = batch(asEventsAdmin(), eventId, guests);

        assertThat(report.dryRun()).isFalse();
        assertThat(report.results())
                .extracting(BatchRowOutcome::row, BatchRowOutcome::outcome, BatchRowOutcome::position)
                .containsExactly(
                        tuple(1, Outcome.CONFIRMED, null),
                        tuple(2, Outcome.CONFIRMED, null),
                        tuple(3, Outcome.CONFIRMED, null),
                        tuple(4, Outcome.WAITLISTED, 1),
                        tuple(5, Outcome.WAITLISTED, 2));
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));
        assertThat(stored(eventId))
                .extracting(r -> r.guestName, r -> r.status, r -> r.registeredAs, r -> r.registeredBy)
                .containsExactly(
                        tuple("Batch Guest 1", RegistrationStatus.CONFIRMED, Registrant.ADMIN, "events-admin-subject"),
                        tuple("Batch Guest 2", RegistrationStatus.CONFIRMED, Registrant.ADMIN, "events-admin-subject"),
                        tuple("Batch Guest 3", RegistrationStatus.CONFIRMED, Registrant.ADMIN, "events-admin-subject"),
                        tuple("Batch Guest 4", RegistrationStatus.WAITLISTED, Registrant.ADMIN, "events-admin-subject"),
                        tuple(
                                "Batch Guest 5",
                                RegistrationStatus.WAITLISTED,
                                Registrant.ADMIN,
                                "events-admin-subject"));
        List<ConsumerRecord<String, String>> facts = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
                r -> eventId.equals(r.key()),
                5,
                Duration.ofSeconds(20));
        assertThat(facts)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        "org.proud2bops.events.RegistrationConfirmed",
                        "org.proud2bops.events.RegistrationConfirmed",
                        "org.proud2bops.events.RegistrationConfirmed",
                        "org.proud2bops.events.RegistrationWaitlisted",
                        "org.proud2bops.events.RegistrationWaitlisted");
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheSameBatchAndWritesNothingMore() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("attendees", List.of(guest("Retry Guest One"), guest("Retry Guest Two")));

        String first = accepted(asEventsAdmin().header("Idempotency-Key", key).body(body), eventId);
        BatchReport report = awaitDone(asEventsAdmin(), first);
        String retry = accepted(asEventsAdmin().header("Idempotency-Key", key).body(body), eventId);

        assertThat(retry).isEqualTo(first);
        assertThat(awaitDone(asEventsAdmin(), retry)).isEqualTo(report);
        assertThat(report.confirmed()).isEqualTo(2);
        assertThat(registrationsOf(eventId)).isEqualTo(2);
        asEventsAdmin()
                .header("Idempotency-Key", key)
                .body(Map.of("attendees", List.of(guest("Someone Else Entirely"))))
                .post(BATCHES, eventId)
                .then()
                .spec(problem(ProblemType.IDEMPOTENCY_KEY_REUSED));
        assertThat(registrationsOf(eventId)).isEqualTo(2);
    }

    @Test
    void aBatchIsReadByWhoSentItAndThoseWhoRunEventsOnly() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);
        String location = accepted(
                asRegionalClient(Region.LONDON).body(Map.of("attendees", List.of(guest("Read Guest")))), eventId);
        awaitDone(asRegionalClient(Region.LONDON), location);
        String path = java.net.URI.create(location).getPath();

        String etag = asEventsAdmin().get(path).then().statusCode(200).extract().header("ETag");
        asEventsAdmin().header("If-None-Match", etag).get(path).then().statusCode(304);
        asRegionalClient(Region.NORTH_WEST).get(path).then().spec(problem(ProblemType.NOT_FOUND));
        asEventsAdmin()
                .get(
                        BATCHES + "/{batchId}",
                        EventsTestData.publishedEvent(Region.LONDON, 1),
                        path.substring(path.lastIndexOf('/') + 1))
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void aBatchStoppedHalfwayGoesOnFromItsFirstRowWithoutAnOutcome() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);
        // As a worker stopped by a restart leaves it: row 1 applied and its outcome stored, rows 2 and 3 not yet
        var first = EventsTestData.register(asEventsAdmin(), eventId, guest("Resumed Guest 1"));
        UUID batchId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            RegistrationBatch batch = new RegistrationBatch();
            batch.id = batchId;
            batch.eventId = UUID.fromString(eventId);
            batch.status = BatchStatus.RUNNING;
            batch.requestedBy = "events-admin-subject";
            batch.callerRoles = "events-admin";
            batch.attendees = "["
                    + IntStream.rangeClosed(1, 3)
                            .mapToObj(n -> "{\"row\":" + n + ",\"attendee\":{\"guest\":{\"name\":\"Resumed Guest " + n
                                    + "\",\"email\":\"resumed.guest." + n + "@trust.example\"}}}")
                            .collect(Collectors.joining(","))
                    + "]";
            batch.rowCount = 3;
            batch.nextRow = 1;
            batch.createdAt = java.time.Instant.now();
            RegistrationBatchRepository batches =
                    CDI.current().select(RegistrationBatchRepository.class).get();
            batches.persist(batch);
            batches.persistRow(RegistrationBatchRow.of(
                    batchId, 0, new BatchRowOutcome(1, Outcome.CONFIRMED, first.id(), null, null)));
        });

        CDI.current().select(BatchWorker.class).get().onStart(null);

        BatchReport report = awaitDone(asEventsAdmin(), "/api/events/" + eventId + "/registration-batches/" + batchId);
        assertThat(report.results())
                .extracting(BatchRowOutcome::row, BatchRowOutcome::outcome)
                .containsExactly(tuple(1, Outcome.CONFIRMED), tuple(2, Outcome.CONFIRMED), tuple(3, Outcome.CONFIRMED));
        assertThat(report.results().getFirst().registrationId()).isEqualTo(first.id());
        assertThat(stored(eventId))
                .extracting(r -> r.guestName)
                .containsExactly("Resumed Guest 1", "Resumed Guest 2", "Resumed Guest 3");
    }

    @Test
    void aCsvBatchFromASpreadsheetRegistersItsRowsNumberedByLine() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 1);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        String file = "\uFEFFmemberId,guestName,guestEmail,guestOrganisation\r\n"
                + member.memberId() + ",,,\r\n"
                + ",\"Lee, Kim\",kim.csv@trust.example,\"Royal Free \"\"London\"\" – Hampstead\"\r\n"
                + ",Bad Email,nope,\r\n";

        // As a spreadsheet saves "CSV UTF-8": a byte order mark, then UTF-8
        BatchReport report = awaitDone(
                asEventsAdmin(),
                accepted(asEventsAdmin().contentType("text/csv; charset=utf-8").body(file), eventId));

        assertThat(report.results())
                .extracting(BatchRowOutcome::row, BatchRowOutcome::outcome, r -> typeOf(r))
                .containsExactly(
                        tuple(2, Outcome.CONFIRMED, null),
                        tuple(3, Outcome.WAITLISTED, null),
                        tuple(4, Outcome.REFUSED, ProblemType.VALIDATION_FAILED));
        assertThat(stored(eventId))
                .extracting(r -> r.guestName, r -> r.guestOrganisation)
                .contains(tuple("Lee, Kim", "Royal Free \"London\" – Hampstead"));
    }

    @Test
    void aMalformedCsvIsAProblemNamingTheLineAndRegistersNobody() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);

        asEventsAdmin()
                .contentType("text/csv")
                .body("memberId,phoneNumber\r\n,0123\r\n")
                .post(BATCHES, eventId)
                .then()
                .spec(problem(ProblemType.MALFORMED_BODY))
                .body("detail", containsString("Line 1"));
        asEventsAdmin()
                .contentType("text/csv")
                .body("guestName,guestEmail\r\nGood Guest,good@trust.example\r\n\"Broken\"quote,x@trust.example\r\n")
                .post(BATCHES, eventId)
                .then()
                .spec(problem(ProblemType.MALFORMED_BODY))
                .body("detail", containsString("Line 3"));
        assertThat(registrationsOf(eventId)).isZero();
    }

    @Test
    void aBatchOverFiveThousandRowsIsRefusedWhole() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);
        String file = "guestName,guestEmail\n"
                + IntStream.range(0, 5_001)
                        .mapToObj(n -> "Guest " + n + ",guest" + n + "@trust.example")
                        .collect(Collectors.joining("\n"));

        asEventsAdmin()
                .contentType("text/csv")
                .body(file)
                .post(BATCHES, eventId)
                .then()
                .spec(problem(ProblemType.CONTENT_TOO_LARGE));
        asEventsAdmin()
                .body(Map.of(
                        "attendees",
                        IntStream.range(0, 5_001)
                                .mapToObj(n -> Map.of("memberId", UUID.randomUUID()))
                                .toList()))
                .post(BATCHES, eventId)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
        assertThat(registrationsOf(eventId)).isZero();
    }

    @Test
    void aRegionalClientsBatchRefusesOnlyTheMemberOutsideItsRegion() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);
        Person londoner = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person northerner = EventsTestData.member(Region.NORTH_WEST, MemberStatus.ACTIVE);
        Person hidden = EventsTestData.memberNotInDirectory(Region.LONDON);

        BatchReport report = batch(
                asRegionalClient(Region.LONDON),
                eventId,
                List.of(
                        EventsTestData.memberAttendee(londoner),
                        EventsTestData.memberAttendee(northerner),
                        EventsTestData.memberAttendee(hidden),
                        guest("Regional Batch Guest")));

        assertThat(report.results())
                .extracting(BatchRowOutcome::outcome, r -> typeOf(r), r -> fieldOf(r))
                .containsExactly(
                        tuple(Outcome.CONFIRMED, null, null),
                        tuple(Outcome.REFUSED, ProblemType.NOT_FOUND, "memberId"),
                        tuple(Outcome.REFUSED, ProblemType.NOT_FOUND, "memberId"),
                        tuple(Outcome.CONFIRMED, null, null));
        assertThat(stored(eventId)).extracting(r -> r.registeredAs).containsOnly(Registrant.REGIONAL_NETWORK);
        asRegionalClient(Region.NORTH_WEST)
                .body(Map.of("attendees", List.of(guest("Wrong Region Guest"))))
                .post(BATCHES, eventId)
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
    }

    @Test
    void aBatchBesideSingleRegistrationsNeverOversells() throws Exception {
        int capacity = 60;
        String eventId = EventsTestData.publishedEvent(Region.LONDON, capacity);
        List<Object> batchGuests = IntStream.range(0, 150)
                .mapToObj(n -> (Object) guest("Batch Racer " + n))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Callable<Integer>> singles = IntStream.range(0, 8)
                    .<Callable<Integer>>mapToObj(thread -> () -> {
                        for (int n = 0; n < 10; n++) {
                            EventsTestData.register(
                                    asEventsAdmin(), eventId, guest("Single Racer " + thread + " " + n));
                        }
                        return 10;
                    })
                    .toList();
            Future<BatchReport> bulk = pool.submit(() -> batch(asEventsAdmin(), eventId, batchGuests));
            List<Future<Integer>> single = new ArrayList<>();
            singles.forEach(task -> single.add(pool.submit(task)));
            for (Future<Integer> done : single) {
                done.get();
            }
            BatchReport report = bulk.get();
            assertThat(report.refused()).isZero();
        } finally {
            pool.shutdownNow();
        }

        List<Registration> stored = stored(eventId);
        assertThat(stored).hasSize(230);
        assertThat(stored.stream().filter(r -> r.status == RegistrationStatus.CONFIRMED))
                .hasSize(capacity);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));
    }

    @Test
    void fiveThousandRowsAreAcceptedAtOnceAndAppliedInTheBackground() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 3_000);
        String file = "guestName,guestEmail,guestOrganisation\n"
                + IntStream.range(0, 5_000)
                        .mapToObj(n -> "Summit Guest " + n + ",summit" + n + "@trust.example,Example NHS Trust")
                        .collect(Collectors.joining("\n"));

        long started = System.nanoTime();
        String location = accepted(asEventsAdmin().contentType("text/csv").body(file), eventId);
        Duration answered = Duration.ofNanos(System.nanoTime() - started);
        BatchReport report = awaitDone(asEventsAdmin(), location, Duration.ofMinutes(5));
        Duration done = Duration.ofNanos(System.nanoTime() - started);

        System.out.println("BULK-TIMING 5000 rows: 202 after " + answered.toMillis() + " ms, DONE after "
                + done.toMillis() + " ms");
        assertThat(report)
                .extracting(BatchReport::confirmed, BatchReport::waitlisted, BatchReport::refused)
                .containsExactly(3_000L, 2_000L, 0L);
        assertThat(report.results())
                .extracting(BatchRowOutcome::row)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(2, 5_001).boxed().toList());
        assertThat(registrationsOf(eventId)).isEqualTo(5_000);
        // Through the gateway only this answer has to come within its 10 s upstream timeout
        assertThat(answered).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void rowsCarryAnswersAsJsonOrAsAnswerColumnsAndAMissingOrWrongAnswerRefusesItsRowOnly() {
        String eventId = EventsTestData.createEvent(EventsTestData.eventWithQuestions(Region.LONDON, 10));
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        String tag = UUID.randomUUID().toString().substring(0, 8);

        BatchReport json = batch(
                asEventsAdmin(),
                eventId,
                List.of(
                        Map.of("memberId", member.memberId(), "answers", Map.of("dietary", "Vegan")),
                        Map.of(
                                "guest",
                                Map.of("name", "Fish Guest", "email", "fish" + tag + "@trust.example"),
                                "answers",
                                Map.of("dietary", "Pescatarian")),
                        Map.of("guest", Map.of("name", "Silent Guest", "email", "silent" + tag + "@trust.example"))));
        assertThat(json.results())
                .extracting(BatchRowOutcome::outcome, r -> typeOf(r), r -> fieldOf(r))
                .containsExactly(
                        tuple(Outcome.CONFIRMED, null, null),
                        tuple(Outcome.REFUSED, ProblemType.VALIDATION_FAILED, "answers.dietary"),
                        tuple(Outcome.REFUSED, ProblemType.VALIDATION_FAILED, "answers.dietary"));

        String file = "guestName,guestEmail,answer.dietary,answer.access\r\n"
                + "Csv Guest,csv" + tag + "@trust.example,Vegetarian,Wheelchair space\r\n"
                + "Csv Fish,csvfish" + tag + "@trust.example,Fish,\r\n";
        BatchReport csv = csvBatch(asEventsAdmin(), eventId, file);
        assertThat(csv.results())
                .extracting(BatchRowOutcome::row, BatchRowOutcome::outcome, r -> fieldOf(r))
                .containsExactly(tuple(2, Outcome.CONFIRMED, null), tuple(3, Outcome.REFUSED, "answers.dietary"));

        assertThat(stored(eventId))
                .extracting(r -> r.answers)
                .containsExactly(
                        Map.of("dietary", "Vegan"), Map.of("dietary", "Vegetarian", "access", "Wheelchair space"));
    }

    @Test
    void aRowBooksTheSessionsItChoosesInItsOwnTransactionOrNothingAtAll() {
        String eventId = EventsTestData.publishedEvent(null, 2);
        String small = EventsTestData.sessionOf(eventId, 1, 1);
        String large = EventsTestData.sessionOf(eventId, 2, 5);
        Map<String, Object> clashing = EventsTestData.session(eventId, 1, 5);
        String overlapping = EventsTestData.createSession(eventId, clashing);
        String elsewhere = EventsTestData.sessionOf(EventsTestData.publishedEvent(null, 10), 1, 10);

        BatchReport report = batch(
                asEventsAdmin(),
                eventId,
                List.of(
                        withSessions(guest("Choosing One"), small, large),
                        withSessions(guest("Choosing Two"), small),
                        withSessions(guest("Clashing Three"), small, overlapping),
                        withSessions(guest("Elsewhere Four"), elsewhere),
                        withSessions(guest("Unknown Five"), UUID.randomUUID().toString()),
                        withSessions(guest("Waiting Six"), large)));

        assertThat(report.results())
                .extracting(BatchRowOutcome::row, BatchRowOutcome::outcome, r -> typeOf(r), r -> fieldOf(r))
                .containsExactly(
                        tuple(1, Outcome.CONFIRMED, null, null),
                        tuple(2, Outcome.CONFIRMED, null, null),
                        tuple(3, Outcome.REFUSED, ProblemType.SESSIONS_OVERLAP, "sessionIds"),
                        tuple(4, Outcome.REFUSED, ProblemType.SESSION_OTHER_EVENT, "sessionIds"),
                        tuple(5, Outcome.REFUSED, ProblemType.NOT_FOUND, "sessionIds"),
                        tuple(6, Outcome.WAITLISTED, null, null));
        assertThat(report.results().get(0).sessions())
                .extracting(s -> s.sessionId().toString(), BatchReport.SessionOutcome::status, s -> s.position())
                .containsExactly(tuple(small, "CONFIRMED", null), tuple(large, "CONFIRMED", null));
        assertThat(report.results().get(1).sessions())
                .extracting(s -> s.sessionId().toString(), BatchReport.SessionOutcome::status, s -> s.position())
                .containsExactly(tuple(small, "WAITLISTED", 1));
        assertThat(report.results().get(5).sessions()).isNull();
        // Refused rows wrote nothing: neither a registration nor a booking
        assertThat(stored(eventId))
                .extracting(r -> r.guestName)
                .containsExactly("Choosing One", "Choosing Two", "Waiting Six");
        anonymous()
                .get("/api/events/{eventId}/sessions/{sessionId}", eventId, small)
                .then()
                .body("placesLeft", equalTo(0));
        anonymous()
                .get("/api/events/{eventId}/sessions/{sessionId}", eventId, large)
                .then()
                .body("placesLeft", equalTo(4));
        anonymous()
                .get("/api/events/{eventId}/sessions/{sessionId}", eventId, overlapping)
                .then()
                .body("placesLeft", equalTo(5));
    }

    @Test
    void aCsvRowChoosesSessionsSeparatedBySemicolonsAndADryRunOnlyChecksThem() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        String morning = EventsTestData.sessionOf(eventId, 1, 10);
        String afternoon = EventsTestData.sessionOf(eventId, 3, 10);
        String file = "guestName,guestEmail,sessionIds\r\n"
                + "Csv Chooser,csv.chooser@trust.example,\"" + morning + "; " + afternoon + "\"\r\n"
                + "Csv Plain,csv.plain@trust.example,\r\n";

        BatchReport dryRun = awaitDone(
                asEventsAdmin(),
                accepted(
                        asEventsAdmin()
                                .queryParam("dryRun", true)
                                .contentType("text/csv")
                                .body(file),
                        eventId));
        assertThat(dryRun.results())
                .extracting(BatchRowOutcome::outcome)
                .containsExactly(Outcome.WOULD_CONFIRM, Outcome.WOULD_CONFIRM);
        assertThat(registrationsOf(eventId)).isZero();

        BatchReport report = csvBatch(asEventsAdmin(), eventId, file);
        assertThat(report.results().get(0).sessions())
                .extracting(s -> s.sessionId().toString())
                .containsExactly(morning, afternoon);
        assertThat(report.results().get(1).sessions()).isNull();
        anonymous()
                .get("/api/events/{eventId}/sessions/{sessionId}", eventId, afternoon)
                .then()
                .body("placesLeft", equalTo(9));
        asEventsAdmin()
                .contentType("text/csv")
                .body("guestName,guestEmail,sessionIds\r\nBad,bad@trust.example,not-a-session\r\n")
                .post(BATCHES, eventId)
                .then()
                .spec(problem(ProblemType.MALFORMED_BODY));
    }

    private static Map<String, Object> withSessions(Map<String, Object> attendee, String... sessionIds) {
        Map<String, Object> row = new java.util.HashMap<>(attendee);
        row.put("sessionIds", List.of(sessionIds));
        return row;
    }

    private static BatchReport batch(RequestSpecification caller, String eventId, List<?> attendees) {
        return awaitDone(caller, accepted(caller.body(Map.of("attendees", attendees)), eventId));
    }

    private static BatchReport csvBatch(RequestSpecification caller, String eventId, String file) {
        return awaitDone(caller, accepted(caller.contentType("text/csv").body(file), eventId));
    }

    /** Sends the batch; 202 with Location naming its status resource. */
    private static String accepted(RequestSpecification request, String eventId) {
        return request.post(BATCHES, eventId)
                .then()
                .statusCode(202)
                .header("Location", containsString("/registration-batches/"))
                .extract()
                .header("Location");
    }

    /** The batch's report once the worker is done with it (read as the caller who sent it). */
    private static BatchReport awaitDone(RequestSpecification caller, String location) {
        return awaitDone(caller, location, Duration.ofSeconds(60));
    }

    private static BatchReport awaitDone(RequestSpecification caller, String location, Duration atMost) {
        String path = java.net.URI.create(location).getPath();
        return await().atMost(atMost)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> caller.get(path).then().statusCode(200).extract().as(BatchJobResponse.class),
                        job -> job.status() == BatchStatus.DONE)
                .report();
    }

    private static ProblemType typeOf(BatchRowOutcome row) {
        if (row.problem() == null) {
            return null;
        }
        return java.util.Arrays.stream(ProblemType.values())
                .filter(type -> type.uri().toString().equals(row.problem().type()))
                .findFirst()
                .orElseThrow();
    }

    private static String fieldOf(BatchRowOutcome row) {
        return row.problem() == null ? null : row.problem().field();
    }

    private static long registrationsOf(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> repository().count("event.id", UUID.fromString(eventId)));
    }

    private static List<Registration> stored(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> repository().list("event.id = ?1 order by registeredAt, id", UUID.fromString(eventId)));
    }

    private static RegistrationRepository repository() {
        return CDI.current().select(RegistrationRepository.class).get();
    }
}
