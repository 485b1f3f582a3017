package org.proud2bops.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

        body.put("status", "CANCELLED");
        asEventsAdmin()
                .header("If-Match", etagOf(eventId))
                .body(body)
                .put(EVENT, eventId)
                .then()
                .statusCode(200)
                .body("placesLeft", equalTo(1));

        asEventsAdmin()
                .get("/api/events/{eventId}/registrations", eventId)
                .then()
                .body("totalItems", equalTo(0));
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
        asEventsAdmin()
                .header("If-Match", etagOf(eventId))
                .body(body)
                .put(EVENT, eventId)
                .then()
                .spec(ProblemSpecs.problem(ProblemType.TRANSITION_NOT_ALLOWED));
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

    private static String etagOf(String eventId) {
        return asEventsAdmin()
                .get(EVENT, eventId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
