package org.proud2bops.content.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.content.ContentTestData.EVENT_DEAD_LETTERS;
import static org.proud2bops.content.ContentTestData.ITEM;
import static org.proud2bops.content.ContentTestData.ITEMS;
import static org.proud2bops.content.ContentTestData.ITEM_TOPIC;
import static org.proud2bops.content.ContentTestData.PUBLICATION;
import static org.proud2bops.content.ContentTestData.PUBLICATIONS;
import static org.proud2bops.content.ContentTestData.REGISTRATION_DEAD_LETTERS;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.asContentEditor;
import static org.proud2bops.content.ContentTestData.createItem;
import static org.proud2bops.content.ContentTestData.etagOf;
import static org.proud2bops.content.ContentTestData.eventStart;
import static org.proud2bops.content.ContentTestData.eventState;
import static org.proud2bops.content.ContentTestData.publishEventFact;
import static org.proud2bops.content.ContentTestData.publishRegistrationFact;
import static org.proud2bops.content.ContentTestData.publishedItem;
import static org.proud2bops.content.ContentTestData.replace;
import static org.proud2bops.content.ContentTestData.sessionBookingCancelled;
import static org.proud2bops.content.ContentTestData.sessionFullyBooked;
import static org.proud2bops.content.ContentTestData.tryToReplace;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.content.item.ItemResponse;
import org.proud2bops.content.publication.PublicationResponse;
import org.proud2bops.content.publication.PublicationSummary;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * The events this service keeps from the events service's facts on {@code events.event.v1} and {@code
 * events.registration.v1}, and what items related to them show: on real Kafka, with the facts as the events service
 * writes them.
 */
@QuarkusTest
@WithPlatformInfrastructure
class RelatedEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    RelatedEventRepository events;

    @Inject
    FullyBookedSessionRepository fullSessions;

    @Inject
    RelatedEventService projection;

    @Test
    void anAnnouncementShowsItsEventsStateAndACancellationWithoutAnEdit() {
        String eventId = knownEvent("Operational Excellence Summit");
        Map<String, Object> body = announcement(eventId);
        String itemId = publishedItem(body);
        String slug = (String) body.get("slug");

        PublicationResponse shown = publication(slug);
        assertThat(shown.relatedEventId()).isEqualTo(UUID.fromString(eventId));
        RelatedEventResponse event = shown.relatedEvent();
        assertThat(event.title()).isEqualTo("Operational Excellence Summit");
        assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(event.startsAt()).isEqualTo(eventStart());
        assertThat(event.endsAt()).isEqualTo(eventStart().plus(Duration.ofHours(6)));
        assertThat(event.timeZone()).isEqualTo("Europe/London");
        assertThat(event.region()).isEqualTo("LONDON");
        assertThat(event.hostNetworkName()).isEqualTo("Proud2bOps London");
        assertThat(event.fullyBookedSessions()).isEmpty();
        String itemTag = publicationTag(slug);
        String listTag = listTag(eventId);

        publishEventFact(
                UUID.randomUUID().toString(),
                "EventCancelled",
                eventId,
                eventState(eventId, "Operational Excellence Summit", "CANCELLED", 2));
        await().atMost(WAIT).until(() -> publication(slug).relatedEvent().status() == EventStatus.CANCELLED);

        // No editor touched the item, yet a reader holding the old tags is sent the cancellation, not a 304
        anonymous()
                .header("If-None-Match", itemTag)
                .get(PUBLICATION, slug)
                .then()
                .statusCode(200)
                .body("relatedEvent.status", equalTo("CANCELLED"));
        assertThat(publicationTag(slug)).isNotEqualTo(itemTag);
        anonymous()
                .header("If-None-Match", publicationTag(slug))
                .get(PUBLICATION, slug)
                .then()
                .statusCode(304);
        anonymous()
                .queryParam("relatedEvent", eventId)
                .header("If-None-Match", listTag)
                .get(PUBLICATIONS)
                .then()
                .statusCode(200);
        assertThat(summaries(eventId)).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(UUID.fromString(itemId));
            assertThat(summary.relatedEvent().status()).isEqualTo(EventStatus.CANCELLED);
        });
        // Editors see it too, and their GET never answers 304 for an item with a related event
        ItemResponse forEditors = asContentEditor()
                .header("If-None-Match", etagOf(itemId))
                .get(ITEM, itemId)
                .then()
                .statusCode(200)
                .extract()
                .as(ItemResponse.class);
        assertThat(forEditors.relatedEvent().status()).isEqualTo(EventStatus.CANCELLED);
        // The item's own facts name the event it is about
        ConsumerRecord<String, String> published = KafkaTestClient.awaitRecord(
                KafkaTestResource.bootstrapServers(), ITEM_TOPIC, r -> itemId.equals(r.key()), WAIT);
        assertThat(JsonPath.from(published.value()).getString("relatedEventId")).isEqualTo(eventId);
    }

    @Test
    void aFullyBookedSessionIsShownUntilAPlaceFreesUp() {
        String eventId = knownEvent("Leadership Summit");
        Map<String, Object> body = announcement(eventId);
        publishedItem(body);
        String slug = (String) body.get("slug");
        String tagBefore = publicationTag(slug);
        String sessionId = UUID.randomUUID().toString();
        Instant sessionStart = eventStart().plus(Duration.ofHours(2));

        publishRegistrationFact(
                UUID.randomUUID().toString(),
                "SessionFullyBooked",
                eventId,
                sessionFullyBooked(sessionId, eventId, "Patient flow masterclass", sessionStart));
        await().atMost(WAIT)
                .until(() ->
                        !publication(slug).relatedEvent().fullyBookedSessions().isEmpty());

        FullyBookedSessionResponse full =
                publication(slug).relatedEvent().fullyBookedSessions().getFirst();
        assertThat(full.sessionId()).isEqualTo(UUID.fromString(sessionId));
        assertThat(full.title()).isEqualTo("Patient flow masterclass");
        assertThat(full.startsAt()).isEqualTo(sessionStart);
        assertThat(full.endsAt()).isEqualTo(sessionStart.plus(Duration.ofHours(1)));
        anonymous()
                .header("If-None-Match", tagBefore)
                .get(PUBLICATION, slug)
                .then()
                .statusCode(200);

        // A cancelled booking that leaves no place (a waiting list took it) changes nothing; one that leaves a place
        // does
        publishRegistrationFact(
                UUID.randomUUID().toString(),
                "SessionBookingCancelled",
                eventId,
                sessionBookingCancelled(sessionId, eventId, 0));
        publishRegistrationFact(
                UUID.randomUUID().toString(),
                "SessionBookingCancelled",
                eventId,
                sessionBookingCancelled(sessionId, eventId, 1));
        await().atMost(WAIT)
                .until(() ->
                        publication(slug).relatedEvent().fullyBookedSessions().isEmpty());
    }

    @Test
    void aRedeliveredOrOlderFactChangesNothing() {
        String eventId = UUID.randomUUID().toString();
        String factId = UUID.randomUUID().toString();
        publishEventFact(factId, "EventPublished", eventId, eventState(eventId, "First title", "PUBLISHED", 3));
        awaitEvent(eventId);
        // A redelivery carries the same id; were it applied again, its (tampered) content and newer version would show
        publishEventFact(factId, "EventPublished", eventId, eventState(eventId, "Tampered", "PUBLISHED", 4));
        // The event's facts are read in order, and after a version 4 this version 3 would never be applied
        publishEventFact(
                UUID.randomUUID().toString(),
                "EventUpdated",
                eventId,
                eventState(eventId, "Marker title", "PUBLISHED", 3));
        await().atMost(WAIT).until(() -> "Marker title".equals(awaitEvent(eventId).title));
        assertThat(awaitEvent(eventId).eventVersion).isEqualTo(3);

        // A late copy of an older version of the event is not applied either
        QuarkusTransaction.requiringNew()
                .run(() -> projection.apply(new IncomingCloudEvent(
                        UUID.randomUUID().toString(),
                        "org.proud2bops.events.EventUpdated",
                        "/events-service",
                        Instant.now(),
                        eventId,
                        eventState(eventId, "Older title", "CANCELLED", 2))));
        RelatedEvent kept = awaitEvent(eventId);
        assertThat(kept.title).isEqualTo("Marker title");
        assertThat(kept.status).isEqualTo(EventStatus.PUBLISHED);
    }

    @Test
    void aMalformedFactGoesToTheDeadLetterTopicAndTheNextIsStillApplied() {
        String badEvent = UUID.randomUUID().toString();
        publishEventFact(
                UUID.randomUUID().toString(), "EventPublished", badEvent, "{\"eventId\":\"" + badEvent + "\"}");
        String badSession = UUID.randomUUID().toString();
        publishRegistrationFact(
                UUID.randomUUID().toString(), "SessionFullyBooked", badSession, "{\"sessionId\":\"not-a-uuid\"}");
        String eventId = knownEvent("After the malformed one");
        String sessionId = UUID.randomUUID().toString();
        publishRegistrationFact(
                UUID.randomUUID().toString(),
                "SessionFullyBooked",
                eventId,
                sessionFullyBooked(sessionId, eventId, "After", eventStart()));

        await().atMost(WAIT)
                .until(() -> find(fullSessions, UUID.fromString(sessionId)).isPresent());
        KafkaTestClient.awaitRecord(
                KafkaTestResource.bootstrapServers(), EVENT_DEAD_LETTERS, r -> badEvent.equals(r.key()), WAIT);
        KafkaTestClient.awaitRecord(
                KafkaTestResource.bootstrapServers(), REGISTRATION_DEAD_LETTERS, r -> badSession.equals(r.key()), WAIT);
        assertThat(find(events, UUID.fromString(badEvent))).isEmpty();
    }

    @Test
    void anUnknownEventIsRefusedAndChangesNothing() {
        Map<String, Object> body = announcement(UUID.randomUUID().toString());
        asContentEditor()
                .body(body)
                .post(ITEMS)
                .then()
                .spec(problem(ProblemType.UNKNOWN_REFERENCE))
                .body("field", equalTo("relatedEventId"));

        Map<String, Object> article = article("no-event");
        String itemId = createItem(article);
        String tag = etagOf(itemId);
        article.put("relatedEventId", UUID.randomUUID().toString());
        tryToReplace(itemId, tag, article)
                .spec(problem(ProblemType.UNKNOWN_REFERENCE))
                .body("field", equalTo("relatedEventId"));
        assertThat(etagOf(itemId)).isEqualTo(tag);

        // Any kind of item may be about a known event, and lose it again
        String eventId = knownEvent("An event an article is about");
        article.put("relatedEventId", eventId);
        replace(itemId, article);
        ItemResponse related =
                asContentEditor().get(ITEM, itemId).then().extract().as(ItemResponse.class);
        assertThat(related.relatedEventId()).isEqualTo(UUID.fromString(eventId));
        assertThat(related.relatedEvent().title()).isEqualTo("An event an article is about");
        article.remove("relatedEventId");
        replace(itemId, article);
        ItemResponse unrelated =
                asContentEditor().get(ITEM, itemId).then().extract().as(ItemResponse.class);
        assertThat(unrelated.relatedEventId()).isNull();
        assertThat(unrelated.relatedEvent()).isNull();
    }

    @Test
    void publishedItemsAreFilteredByTheirRelatedEvent() {
        String summit = knownEvent("Summit with three items");
        String other = knownEvent("Another event");
        String announcement = publishedItem(announcement(summit));
        Map<String, Object> interview = article("interview-at-summit");
        interview.put("kind", "INTERVIEW");
        interview.put("relatedEventId", summit);
        String interviewId = publishedItem(interview);
        publishedItem(announcement(other));
        publishedItem(article("about-no-event"));

        assertThat(summaries(summit))
                .extracting(PublicationSummary::id)
                .containsExactlyInAnyOrder(UUID.fromString(announcement), UUID.fromString(interviewId));
        assertThat(summaries(UUID.randomUUID().toString())).isEmpty();
    }

    /** Publishes an event's EventPublished and waits until this service knows it; gives its id. */
    private String knownEvent(String title) {
        String eventId = UUID.randomUUID().toString();
        publishEventFact(
                UUID.randomUUID().toString(), "EventPublished", eventId, eventState(eventId, title, "PUBLISHED", 1));
        awaitEvent(eventId);
        return eventId;
    }

    private RelatedEvent awaitEvent(String eventId) {
        return await().atMost(WAIT)
                .until(() -> find(events, UUID.fromString(eventId)), Optional::isPresent)
                .orElseThrow();
    }

    private static <T> Optional<T> find(PanacheRepositoryBase<T, UUID> repository, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> repository.findByIdOptional(id));
    }

    private static Map<String, Object> announcement(String eventId) {
        Map<String, Object> body = article("announcement");
        body.put("kind", "EVENT_ANNOUNCEMENT");
        body.put("relatedEventId", eventId);
        return body;
    }

    private static PublicationResponse publication(String slug) {
        return anonymous()
                .get(PUBLICATION, slug)
                .then()
                .statusCode(200)
                .extract()
                .as(PublicationResponse.class);
    }

    private static String publicationTag(String slug) {
        return anonymous()
                .get(PUBLICATION, slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static String listTag(String eventId) {
        return anonymous()
                .queryParam("relatedEvent", eventId)
                .get(PUBLICATIONS)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static List<PublicationSummary> summaries(String eventId) {
        return JsonPath.from(anonymous()
                        .queryParam("relatedEvent", eventId)
                        .get(PUBLICATIONS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .getList("items", PublicationSummary.class);
    }
}
