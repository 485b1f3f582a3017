package org.proud2bops.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.asRegionalClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.bulk.BatchJobResponse;
import org.proud2bops.events.bulk.BatchReport;
import org.proud2bops.events.bulk.BatchReport.BatchRowOutcome;
import org.proud2bops.events.bulk.BatchStatus;
import org.proud2bops.events.event.Audience;
import org.proud2bops.events.event.EventResponse;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.ProblemSpecs;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * Who may come to an event: guests only where it is open to guests; at an event by invitation only its managers
 * (events admins, the hosting network's leads, and their batches) register anyone. Each refusal a typed problem that
 * changes nothing, for single registrations and batch rows alike.
 */
@QuarkusTest
@WithPlatformInfrastructure
class AudienceApiTest {

    private static final String REGISTRATIONS = "/api/events/{eventId}/registrations";
    private static final String EVENT = "/api/events/{eventId}";
    private static final String REGISTRATION = "/api/events/{eventId}/registrations/{registrationId}";
    private static final String CANCELLATION = "/api/events/{eventId}/registrations/{registrationId}/cancellation";

    @Test
    void anEventIsOpenToGuestsUnlessItSaysOtherwise() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);

        EventsTestData.anonymous()
                .get("/api/events/{eventId}", eventId)
                .then()
                .body("audience", equalTo("OPEN_TO_GUESTS"));
        EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Open Guest"));
    }

    @Test
    void aMembersOnlyEventTakesMembersAndNoGuests() {
        String eventId = eventFor(Audience.MEMBERS_ONLY);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);

        EventsTestData.registerThemself(member, eventId);
        for (RequestSpecification caller : List.of(asEventsAdmin(), asRegionalClient(Region.LONDON))) {
            caller.body(EventsTestData.guest("Refused Guest"))
                    .post(REGISTRATIONS, eventId)
                    .then()
                    .spec(ProblemSpecs.problem(ProblemType.GUESTS_NOT_ADMITTED))
                    .body("field", equalTo("guest"));
        }
        assertThat(placesLeft(eventId)).isEqualTo(9);
    }

    @Test
    void atAnEventByInvitationOnlyItsManagersRegisterPeople() {
        String eventId = eventFor(Audience.BY_INVITATION);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person invited = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person invitedByLead = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);

        member.asThem().post(REGISTRATIONS, eventId).then().spec(ProblemSpecs.problem(ProblemType.BY_INVITATION_ONLY));
        asRegionalClient(Region.LONDON)
                .body(EventsTestData.memberAttendee(member))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(ProblemSpecs.problem(ProblemType.BY_INVITATION_ONLY));
        asEventsAdmin()
                .body(EventsTestData.guest("Invited Guest"))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(ProblemSpecs.problem(ProblemType.GUESTS_NOT_ADMITTED));
        assertThat(placesLeft(eventId)).as("no refusal took a place").isEqualTo(10);

        EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.memberAttendee(invited));
        RegistrationResponse byLead = EventsTestData.register(
                EventsTestData.leadOf("london").asLead(), eventId, EventsTestData.memberAttendee(invitedByLead));
        assertThat(byLead.registeredAs()).isEqualTo(Registrant.NETWORK_LEAD);
        assertThat(placesLeft(eventId)).isEqualTo(8);
    }

    @Test
    void batchRowsMeetTheSameRulesAndTheDryRunReportsThem() {
        String eventId = eventFor(Audience.BY_INVITATION);
        Person invited = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        List<Map<String, Object>> rows = List.of(
                Map.of("memberId", invited.memberId()),
                Map.of("guest", Map.of("name", "Batch Guest", "email", "batch.guest@trust.example")));

        BatchReport dryRun = batch(EventsTestData::asEventsAdmin, eventId, rows, true);
        assertThat(dryRun.results())
                .extracting(BatchRowOutcome::outcome)
                .containsExactly(BatchRowOutcome.Outcome.WOULD_CONFIRM, BatchRowOutcome.Outcome.REFUSED);
        assertThat(dryRun.results().get(1).problem().type())
                .isEqualTo(ProblemType.GUESTS_NOT_ADMITTED.uri().toString());
        assertThat(placesLeft(eventId)).isEqualTo(10);

        // The London client may send batches for London's events, but by invitation it registers nobody
        BatchReport byClient = batch(() -> asRegionalClient(Region.LONDON), eventId, rows.subList(0, 1), true);
        assertThat(byClient.results().getFirst().problem().type())
                .isEqualTo(ProblemType.BY_INVITATION_ONLY.uri().toString());

        Person lead = EventsTestData.leadOf("london");
        BatchReport byLead = batch(lead::asLead, eventId, rows, false);
        assertThat(byLead.results())
                .extracting(BatchRowOutcome::outcome)
                .containsExactly(BatchRowOutcome.Outcome.CONFIRMED, BatchRowOutcome.Outcome.REFUSED);
        assertThat(placesLeft(eventId)).isEqualTo(9);
    }

    /** A published London event (hosted by the London network) for this audience, with 10 places. */
    static String eventFor(Audience audience) {
        Map<String, Object> body = EventsTestData.event(Region.LONDON, 10);
        body.put("audience", audience.name());
        String eventId = EventsTestData.createEvent(body);
        assertThat(EventsTestData.anonymous()
                        .get("/api/events/{eventId}", eventId)
                        .then()
                        .extract()
                        .as(EventResponse.class)
                        .audience())
                .isEqualTo(audience);
        return eventId;
    }

    @Test
    void anEventStopsAdmittingGuestsOnlyOnceNoGuestHoldsOrAwaitsAPlace() {
        Map<String, Object> body = EventsTestData.event(Region.LONDON, 1);
        String eventId = EventsTestData.createEvent(body);
        RegistrationResponse confirmed =
                EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Confirmed Guest"));
        RegistrationResponse waiting =
                EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Waiting Guest"));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        Person lead = EventsTestData.leadOf("london");
        String etag = EventsTestData.etagOf(eventId);

        for (Audience audience : List.of(Audience.MEMBERS_ONLY, Audience.BY_INVITATION)) {
            body.put("audience", audience.name());
            for (RequestSpecification manager : List.of(asEventsAdmin(), lead.asLead())) {
                manager.header("If-Match", etag)
                        .body(body)
                        .put(EVENT, eventId)
                        .then()
                        .spec(ProblemSpecs.problem(ProblemType.GUESTS_HOLD_PLACES))
                        .body("field", equalTo("audience"));
            }
        }
        // Nothing changed: the event, and both guests' registrations
        assertThat(EventsTestData.etagOf(eventId)).isEqualTo(etag);
        assertThat(statusOf(eventId, confirmed)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(statusOf(eventId, waiting)).isEqualTo(RegistrationStatus.WAITLISTED);

        // The confirmed guest gives their place back: the waiting guest is promoted and still holds it
        asEventsAdmin().post(CANCELLATION, eventId, confirmed.id()).then().statusCode(200);
        body.put("audience", Audience.MEMBERS_ONLY.name());
        EventsTestData.changeEvent(eventId, body).spec(ProblemSpecs.problem(ProblemType.GUESTS_HOLD_PLACES));
        // Once no guest holds or awaits a place, the event becomes members only
        asEventsAdmin().post(CANCELLATION, eventId, waiting.id()).then().statusCode(200);
        EventsTestData.changeEvent(eventId, body).statusCode(200).body("audience", equalTo("MEMBERS_ONLY"));
    }

    @Test
    void cancellingAnEventWithGuestsMayChangeItsAudienceInTheSameChange() {
        Map<String, Object> body = EventsTestData.event(Region.LONDON, 5);
        String eventId = EventsTestData.createEvent(body);
        RegistrationResponse guest =
                EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Cancelled Event Guest"));
        body.put("audience", Audience.MEMBERS_ONLY.name());
        body.put("status", "CANCELLED");

        EventsTestData.changeEvent(eventId, body).statusCode(200).body("audience", equalTo("MEMBERS_ONLY"));
        assertThat(statusOf(eventId, guest)).isEqualTo(RegistrationStatus.CANCELLED);
    }

    private static RegistrationStatus statusOf(String eventId, RegistrationResponse registration) {
        return asEventsAdmin()
                .get(REGISTRATION, eventId, registration.id())
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class)
                .status();
    }

    private static int placesLeft(String eventId) {
        return EventsTestData.anonymous()
                .get("/api/events/{eventId}", eventId)
                .then()
                .extract()
                .path("placesLeft");
    }

    private static BatchReport batch(
            Supplier<RequestSpecification> caller, String eventId, List<?> attendees, boolean dryRun) {
        String location = caller.get()
                .body(Map.of("attendees", attendees))
                .queryParam("dryRun", dryRun)
                .post("/api/events/{eventId}/registration-batches", eventId)
                .then()
                .statusCode(202)
                .header("Location", containsString("/registration-batches/"))
                .extract()
                .header("Location");
        String path = java.net.URI.create(location).getPath();
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> caller.get()
                                .get(path)
                                .then()
                                .statusCode(200)
                                .extract()
                                .as(BatchJobResponse.class),
                        job -> job.status() == BatchStatus.DONE)
                .report();
    }
}
