package org.proud2bops.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.ProblemSpecs;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * A cancelled event's confirmed and waitlisted registrations are cancelled with it, each with a RegistrationCancelled
 * fact so its attendee is told; nobody is promoted, and the event, cancelled for good, takes nobody again.
 */
@QuarkusTest
@WithPlatformInfrastructure
class EventCancellationTest {

    private static final String EVENT = "/api/events/{eventId}";

    @Test
    void cancellingAnEventCancelsEveryPlaceAndEveryPlaceInLine() {
        Map<String, Object> body = EventsTestData.event(Region.LONDON, 1);
        String eventId = EventsTestData.createEvent(body);
        RegistrationResponse confirmed = EventsTestData.register(
                asEventsAdmin(),
                eventId,
                EventsTestData.memberAttendee(EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE)));
        RegistrationResponse waitlisted =
                EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Line Guest"));
        assertThat(waitlisted.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        cancelAndExpectNoLiveRegistration(body, eventId, 1);
        List<ConsumerRecord<String, String>> cancellations = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
                r -> eventId.equals(r.key())
                        && "org.proud2bops.events.RegistrationCancelled".equals(KafkaTestClient.header(r, "ce_type")),
                2,
                Duration.ofSeconds(20));
        assertThat(cancellations)
                .extracting(r -> JsonPath.from(r.value()).getString("registrationId"))
                .containsExactlyInAnyOrder(
                        confirmed.id().toString(), waitlisted.id().toString());
        assertThat(cancellations)
                .extracting(r -> JsonPath.from(r.value()).getString("previousStatus"))
                .containsExactlyInAnyOrder("CONFIRMED", "WAITLISTED");

        // A cancelled event is final: it is not published again, and takes nobody
        body.put("status", "PUBLISHED");
        EventsTestData.changeEvent(eventId, body).spec(ProblemSpecs.problem(ProblemType.TRANSITION_NOT_ALLOWED));
        asEventsAdmin()
                .body(EventsTestData.guest("Line Guest"))
                .post("/api/events/{eventId}/registrations", eventId)
                .then()
                .spec(ProblemSpecs.problem(ProblemType.REGISTRATION_CLOSED));
        asEventsAdmin()
                .post("/api/events/{eventId}/registrations/{registrationId}/cancellation", eventId, confirmed.id())
                .then()
                .spec(ProblemSpecs.problem(ProblemType.TRANSITION_NOT_ALLOWED));
    }

    @Test
    void cancellingASummitReleasesHundredsOfPlacesAndSessionPlacesInOneChange() {
        Map<String, Object> body = EventsTestData.event(null, 150);
        String eventId = EventsTestData.createEvent(body);
        String sessionId = EventsTestData.sessionOf(eventId, 1, 100);
        List<RegistrationResponse> made = IntStream.range(0, 200)
                .mapToObj(i ->
                        EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Summit Guest " + i)))
                .toList();
        made.stream()
                .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
                .limit(120)
                .forEach(registration ->
                        EventsTestData.bookSession(asEventsAdmin(), eventId, registration.id(), sessionId));

        cancelAndExpectNoLiveRegistration(body, eventId, 150);
        asEventsAdmin()
                .get("/api/events/{eventId}/sessions/{sessionId}", eventId, sessionId)
                .then()
                .body("placesLeft", equalTo(100));
        assertThat(previousStatusesOf(eventId, "org.proud2bops.events.RegistrationCancelled", 200))
                .containsEntry("CONFIRMED", 150L)
                .containsEntry("WAITLISTED", 50L);
        assertThat(previousStatusesOf(eventId, "org.proud2bops.events.SessionBookingCancelled", 120))
                .containsEntry("CONFIRMED", 100L)
                .containsEntry("WAITLISTED", 20L);
    }

    /** Cancels the event, which then has all its places left and no confirmed or waitlisted registration. */
    private static void cancelAndExpectNoLiveRegistration(Map<String, Object> body, String eventId, int capacity) {
        body.put("status", "CANCELLED");
        EventsTestData.changeEvent(eventId, body).statusCode(200).body("placesLeft", equalTo(capacity));
        asEventsAdmin()
                .get("/api/events/{eventId}/registrations", eventId)
                .then()
                .body("totalItems", equalTo(0));
    }

    /** How many facts of the type the event's key has, by the status each cancelled registration or booking had. */
    private static Map<String, Long> previousStatusesOf(String eventId, String type, int count) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
                r -> eventId.equals(r.key()) && type.equals(KafkaTestClient.header(r, "ce_type")),
                count,
                Duration.ofSeconds(30));
        return records.stream()
                .collect(Collectors.groupingBy(
                        r -> JsonPath.from(r.value()).getString("previousStatus"), Collectors.counting()));
    }
}
