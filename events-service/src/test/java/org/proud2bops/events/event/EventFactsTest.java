package org.proud2bops.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.TestClock;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** The facts the event feature publishes on events.event.v1, keyed by the event's id, in the order of the changes. */
@QuarkusTest
@WithPlatformInfrastructure
class EventFactsTest {

    private static final String EVENT = "/api/events/{eventId}";
    private static final List<String> PAYLOAD_FIELDS = List.of(
            "eventId",
            "title",
            "kind",
            "region",
            "hostNetwork",
            "startsAt",
            "endsAt",
            "timeZone",
            "capacity",
            "placesLeft",
            "status",
            "version",
            "partners",
            "tags",
            "registrationOpensAt",
            "registrationClosesAt",
            "audience",
            "hostNetworkName");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aDraftPublishesNothingAndAPublishedEventsChangesArePublishedInOrder() throws SQLException {
        Map<String, Object> body = EventsTestData.event(Region.LONDON, 40);
        body.put("status", "DRAFT");
        java.time.Instant startsAt = java.time.Instant.parse((String) body.get("startsAt"));
        body.put("registrationOpensAt", startsAt.minus(Duration.ofDays(10)).toString());
        body.put("registrationClosesAt", startsAt.minus(Duration.ofDays(1)).toString());
        String id = EventsTestData.createEvent(body);
        String etag = EventsTestData.etagOf(id);

        body.put("title", "Draft renamed");
        etag = replace(id, etag, body);
        body.put("capacity", 30);
        etag = replace(id, etag, body);
        body.put("status", "PUBLISHED");
        etag = replace(id, etag, body);
        String publishedVersion = etag;
        // The same again changes nothing, so publishes nothing
        etag = replace(id, etag, body);
        body.put("capacity", 60);
        etag = replace(id, etag, body);
        body.put("title", "Operational leadership day, new title");
        body.put("audience", "MEMBERS_ONLY");
        etag = replace(id, etag, body);
        body.put("status", "CANCELLED");
        etag = replace(id, etag, body);
        // A cancelled event's edit publishes nothing; reinstating it is refused (cancelled is final)
        body.put("title", "Cancelled and renamed");
        etag = replace(id, etag, body);
        body.put("status", "PUBLISHED");
        refusedReplace(id, etag, body);

        List<ConsumerRecord<String, String>> facts = factsAbout(id, 4);
        // In the order of the changes, each once: nothing before the draft was published, nothing for the unchanged
        // replacement or the cancelled event's edit (any of those would come before a later fact on the same key)
        assertThat(facts)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        EventEvents.EVENT_PUBLISHED,
                        EventEvents.EVENT_UPDATED,
                        EventEvents.EVENT_UPDATED,
                        EventEvents.EVENT_CANCELLED);
        // Every fact is recorded in the outbox by the change itself: nothing more was recorded for the event
        assertThat(outboxTypesAbout(id))
                .containsExactly(
                        EventEvents.EVENT_PUBLISHED,
                        EventEvents.EVENT_UPDATED,
                        EventEvents.EVENT_UPDATED,
                        EventEvents.EVENT_CANCELLED);
        List<JsonPath> states =
                facts.stream().map(r -> JsonPath.from(r.value())).toList();
        assertThat(facts)
                .allSatisfy(fact -> assertThat(
                                JsonPath.from(fact.value()).getMap("$").keySet())
                        .containsExactlyInAnyOrderElementsOf(PAYLOAD_FIELDS));

        JsonPath published = states.get(0);
        assertThat(published.getString("eventId")).isEqualTo(id);
        assertThat(published.getString("title")).isEqualTo("Draft renamed");
        assertThat(published.getString("kind")).isEqualTo("REGIONAL_MEETING");
        assertThat(published.getString("region")).isEqualTo("LONDON");
        assertThat(published.getString("hostNetwork")).isEqualTo("london");
        assertThat(published.getString("hostNetworkName")).isEqualTo("Proud2bOps London");
        assertThat(published.getString("audience")).isEqualTo("OPEN_TO_GUESTS");
        assertThat(published.getString("startsAt")).isEqualTo(body.get("startsAt"));
        assertThat(published.getString("endsAt")).isEqualTo(body.get("endsAt"));
        assertThat(published.getString("timeZone")).isEqualTo("Europe/London");
        assertThat(published.getInt("capacity")).isEqualTo(30);
        assertThat(published.getInt("placesLeft")).isEqualTo(30);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat("\"" + published.getLong("version") + "\"").isEqualTo(publishedVersion);
        assertThat(published.getString("registrationOpensAt")).isEqualTo(body.get("registrationOpensAt"));
        assertThat(published.getString("registrationClosesAt")).isEqualTo(body.get("registrationClosesAt"));

        assertThat(states.get(1).getInt("capacity")).isEqualTo(60);
        assertThat(states.get(1).getInt("placesLeft")).isEqualTo(60);
        assertThat(states.get(2).getString("title")).isEqualTo("Operational leadership day, new title");
        assertThat(states.get(2).getString("audience")).isEqualTo("MEMBERS_ONLY");
        assertThat(states.get(3).getString("status")).isEqualTo("CANCELLED");
        assertThat(states.stream().map(s -> s.getLong("version")).toList())
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void anEventCreatedPublishedIsPublishedAndACapacityChangeCarriesThePlacesLeft() {
        Map<String, Object> body = EventsTestData.event(null, 5);
        String id = EventsTestData.createEvent(body);
        EventsTestData.registerThemself(EventsTestData.member(Region.MIDLANDS, MemberStatus.ACTIVE), id);
        body.put("capacity", 10);
        replace(id, EventsTestData.etagOf(id), body);

        List<ConsumerRecord<String, String>> facts = factsAbout(id, 2);
        assertThat(facts)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(EventEvents.EVENT_PUBLISHED, EventEvents.EVENT_UPDATED);
        JsonPath created = JsonPath.from(facts.get(0).value());
        assertThat(created.getInt("placesLeft")).isEqualTo(5);
        assertThat(created.getString("region")).isNull();
        assertThat(created.getString("hostNetwork")).isNull();
        assertThat(created.getMap("$")).doesNotContainKey("hostNetworkName");
        assertThat(created.getString("audience")).isEqualTo("OPEN_TO_GUESTS");
        JsonPath updated = JsonPath.from(facts.get(1).value());
        assertThat(updated.getInt("capacity")).isEqualTo(10);
        assertThat(updated.getInt("placesLeft")).isEqualTo(9);
    }

    @Test
    void aDraftCancelledPublishesNothingAndCannotBePublishedAfterwards() throws SQLException {
        Map<String, Object> body = EventsTestData.event(Region.MIDLANDS, 20);
        body.put("status", "DRAFT");
        String id = EventsTestData.createEvent(body);
        body.put("status", "CANCELLED");
        String etag = replace(id, EventsTestData.etagOf(id), body);
        body.put("status", "PUBLISHED");
        refusedReplace(id, etag, body);

        assertThat(outboxTypesAbout(id)).isEmpty();
    }

    @Test
    void anEndedEventCompletedPublishesEventCompletedWithItsPublicDetailsAndNoOnlineLink() throws SQLException {
        Map<String, Object> body = EventsTestData.event(Region.MIDLANDS, 20);
        body.put("onlineLink", "https://meet.example.org/secret-room-" + System.nanoTime());
        body.put("tags", List.of("leadership", "midlands"));
        body.put("partners", List.of(Map.of("name", "NHS Confederation", "url", "https://www.nhsconfed.org")));
        String id = EventsTestData.createEvent(body);
        clock.advance(Duration.ofDays(21));
        body.put("status", "COMPLETED");
        replace(id, EventsTestData.etagOf(id), body);

        List<ConsumerRecord<String, String>> facts = factsAbout(id, 2);
        assertThat(facts)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(EventEvents.EVENT_PUBLISHED, EventEvents.EVENT_COMPLETED);
        JsonPath completed = JsonPath.from(facts.get(1).value());
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(completed.getList("tags", String.class)).containsExactly("leadership", "midlands");
        assertThat(completed.getString("partners[0].name")).isEqualTo("NHS Confederation");
        assertThat(facts)
                .allSatisfy(fact -> assertThat(fact.value())
                        .doesNotContain((String) body.get("onlineLink"))
                        .doesNotContain("onlineLink"));
        assertThat(outboxTypesAbout(id)).containsExactly(EventEvents.EVENT_PUBLISHED, EventEvents.EVENT_COMPLETED);
    }

    private static List<ConsumerRecord<String, String>> factsAbout(String eventId, int count) {
        return KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.EVENT_TOPIC,
                r -> eventId.equals(r.key()),
                count,
                Duration.ofSeconds(20));
    }

    /** A replacement refused as a move the event's status may not make; the event stays as it was. */
    private static void refusedReplace(String eventId, String etag, Map<String, Object> body) {
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put(EVENT, eventId)
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));
        assertThat(EventsTestData.etagOf(eventId)).isEqualTo(etag);
    }

    /** The types of the facts recorded in the outbox about the event, in the order they were recorded. */
    private List<String> outboxTypesAbout(String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select type from outbox_event where aggregateid = ? order by position")) {
            statement.setString(1, eventId);
            List<String> types = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    types.add(result.getString(1));
                }
            }
            return types;
        }
    }

    /** Replaces the event and gives its new ETag. */
    private static String replace(String eventId, String etag, Map<String, Object> body) {
        return asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put(EVENT, eventId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
