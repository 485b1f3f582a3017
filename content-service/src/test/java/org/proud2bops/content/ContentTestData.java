package org.proud2bops.content;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proud2bops.content.item.RevisionResponse;
import org.proud2bops.content.memberprofile.MemberProfileService;
import org.proud2bops.content.publication.PublicationSummary;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.TestCallers;
import org.proud2bops.platform.testing.TestTokens;

/**
 * The callers who make requests (each caller's request specification carries a real signed token), topics and content
 * items.
 */
public final class ContentTestData {

    private ContentTestData() {}

    // Callers

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String bearer) {
        return anonymous().header("Authorization", bearer);
    }

    public static RequestSpecification asContentEditor() {
        return as(TestTokens.bearer("editor", "content-editor"));
    }

    public static RequestSpecification asAdmin() {
        return as(TestTokens.bearer("an-admin", "admin"));
    }

    public static RequestSpecification asSomeoneWith(String... roles) {
        return as(TestTokens.bearer("someone-" + UUID.randomUUID(), roles));
    }

    public static RequestSpecification asRegionalClient(String region) {
        return as(TestTokens.regionalClient("regional-" + region.toLowerCase(), region));
    }

    // Topics

    /** What an editor sends to add a topic. */
    public static Map<String, Object> topic(String slug, String name) {
        return Map.of("slug", slug, "name", name, "description", "What operational managers write about " + name);
    }

    /** A slug (and a name part) no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A caller for plain unit tests of access policies, by the words the tables use. */
    public static Caller callerOfKind(String who) {
        return switch (who) {
            case "anonymous" -> TestCallers.anonymous();
            case "member" -> TestCallers.signedIn("a-member", "member");
            case "content editor" -> TestCallers.signedIn("an-editor", "content-editor");
            case "events admin" -> TestCallers.signedIn("an-events-admin", "events-admin");
            case "regional client" -> TestCallers.regionalNetwork("LONDON");
            case "admin" -> TestCallers.signedIn("an-admin", "admin");
            default -> throw new IllegalArgumentException(who);
        };
    }

    // Content items

    public static final String ITEMS = "/api/content/items";
    public static final String ITEM = "/api/content/items/{itemId}";
    public static final String TRANSITIONS = "/api/content/items/{itemId}/transitions";
    public static final String REVISIONS = "/api/content/items/{itemId}/revisions";
    public static final String REVISION = "/api/content/items/{itemId}/revisions/{number}";
    public static final String RESTORE = "/api/content/items/{itemId}/revisions/{number}/restore";
    public static final String PUBLICATIONS = "/api/content/publications";
    public static final String PUBLICATION = "/api/content/publications/{slug}";
    public static final String TRANSLATIONS = "/api/content/items/{itemId}/translations";
    public static final String RSS_FEED = "/api/content/feeds/rss";
    public static final String ATOM_FEED = "/api/content/feeds/atom";
    public static final String TOPICS = "/api/content/topics";
    public static final String ITEM_VIEWS = "/api/content/items/{itemId}/views";
    public static final String MOST_READ = "/api/content/most-read";
    public static final String ITEM_TOPIC = "content.item.v1";

    /** What an editor sends for an article in English with a unique slug (the map may be changed). */
    public static Map<String, Object> article(String slugPrefix) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ARTICLE");
        body.put("title", "Leading through winter " + slugPrefix);
        body.put("slug", unique(slugPrefix));
        body.put("language", "en");
        body.put("summary", "What operational teams learned last winter");
        body.put("body", "## Lessons\n\nStart *early*.");
        body.put("topics", List.of("winter-pressures"));
        body.put(
                "authors",
                List.of(Map.of(
                        "name",
                        "Alex Morgan",
                        "affiliation",
                        "Chief Operating Officer, an ICB",
                        "declarationOfInterests",
                        "None")));
        body.put("links", List.of());
        return body;
    }

    /** A call for abstracts closing in {@code days} days. */
    public static Map<String, Object> callForAbstracts(String slugPrefix, int days) {
        Map<String, Object> body = article(slugPrefix);
        body.put("kind", "CALL_FOR_ABSTRACTS");
        body.put("title", "Call for abstracts " + slugPrefix);
        body.put("closesAt", inDays(days));
        return body;
    }

    /** An ISO instant {@code days} days from now (whole seconds). */
    public static String inDays(long days) {
        return Instant.now()
                .plus(Duration.ofDays(days))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    /** Writes the item as a content editor and gives its id. */
    public static String createItem(Map<String, Object> body) {
        return createItem(asContentEditor(), body);
    }

    /** Writes the item with the request (e.g. an editor's with an Idempotency-Key) and gives its id. */
    public static String createItem(RequestSpecification request, Map<String, Object> body) {
        return request.body(body).post(ITEMS).then().statusCode(201).extract().path("id");
    }

    public static String etagOf(String itemId) {
        return asContentEditor()
                .get(ITEM, itemId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** Moves the item to the status (with {@code publishAt} for SCHEDULED, else null) and gives its new ETag. */
    public static String moveTo(String itemId, String status, String publishAt) {
        Map<String, Object> body = new HashMap<>(Map.of("to", status));
        if (publishAt != null) {
            body.put("publishAt", publishAt);
        }
        return tryToMove(itemId, etagOf(itemId), body).statusCode(200).extract().header("ETag");
    }

    /** Replaces the item's content, as a content editor, at version {@code etag}. */
    public static ValidatableResponse tryToReplace(String itemId, String etag, Map<String, Object> body) {
        return asContentEditor()
                .header("If-Match", etag)
                .body(body)
                .put(ITEM, itemId)
                .then();
    }

    /** Replaces the item's content at its current version and gives its new ETag. */
    public static String replace(String itemId, Map<String, Object> body) {
        return tryToReplace(itemId, etagOf(itemId), body)
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** Asks, as a content editor, for the transition in {@code body} of the item at version {@code etag}. */
    public static ValidatableResponse tryToMove(String itemId, String etag, Map<String, Object> body) {
        return asContentEditor()
                .header("If-Match", etag)
                .body(body)
                .post(TRANSITIONS, itemId)
                .then();
    }

    /** The item's revisions, newest first (its first page of 100). */
    public static List<RevisionResponse> revisionsOf(String itemId) {
        return asContentEditor()
                .queryParam("size", 100)
                .get(REVISIONS, itemId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", RevisionResponse.class);
    }

    /** Writes, as a content editor, a translation of the item and gives its id. */
    public static String createTranslation(String itemId, Map<String, Object> body) {
        return asContentEditor()
                .body(body)
                .post(TRANSLATIONS, itemId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Publishes the draft through review. */
    public static void publish(String itemId) {
        moveTo(itemId, "IN_REVIEW", null);
        moveTo(itemId, "PUBLISHED", null);
    }

    /** Adds a topic no other test uses and gives its slug. */
    public static String newTopic() {
        String slug = unique("topic");
        asContentEditor().body(topic(slug, "Topic " + slug)).post(TOPICS).then().statusCode(201);
        return slug;
    }

    /** Writes the item and publishes it through review; gives its id. */
    public static String publishedItem(Map<String, Object> body) {
        String id = createItem(body);
        moveTo(id, "IN_REVIEW", null);
        moveTo(id, "PUBLISHED", null);
        return id;
    }

    // Members, as the members service's facts leave them here (memberprofile/)

    public static final String MEMBER_TOPIC = "members.member.v1";
    public static final String MEMBER_DEAD_LETTERS = "content-service.members.member.v1.dlq";

    /** A member known to content, signed in with {@code subject}: their token (member role) makes the request. */
    public record Person(UUID memberId, String subject, String name) {

        public RequestSpecification asThem() {
            return as(TestTokens.bearer(subject, "member"));
        }
    }

    /**
     * A member in the given membership status, made through the projection as the members service's MemberJoined and
     * MemberAccountLinked would make them (the facts applied as the consumer applies them).
     */
    public static Person member(String status) {
        UUID memberId = UUID.randomUUID();
        String name = "Member " + memberId.toString().substring(0, 8);
        String subject = "person-" + memberId;
        applyMemberFact("MemberJoined", """
                {"memberId":"%s","displayName":"%s","status":"%s","version":1}""".formatted(memberId, name, status));
        applyMemberFact("MemberAccountLinked", """
                {"memberId":"%s","accountSubject":"%s","linkedAt":"2026-11-22T10:00:00Z"}""".formatted(memberId, subject));
        return new Person(memberId, subject, name);
    }

    /** An active member. */
    public static Person activeMember() {
        return member("ACTIVE");
    }

    /** Applies a members.member.v1 fact through the projection service, as its consumer would. */
    public static void applyMemberFact(String type, String payload) {
        IncomingCloudEvent fact = new IncomingCloudEvent(
                UUID.randomUUID().toString(),
                "org.proud2bops.members." + type,
                "/members-service",
                Instant.now(),
                null,
                payload);
        CDI.current().select(MemberProfileService.class).get().apply(fact);
    }

    /** The member's new name, as the members service's MemberUpdated says it (at {@code version}). */
    public static void rename(Person member, String name, long version) {
        applyMemberFact("MemberUpdated", """
                {"memberId":"%s","displayName":"%s","status":"ACTIVE","accountSubject":"%s","version":%d}""".formatted(member.memberId(), name, member.subject(), version));
    }

    /** A fact on the members service's topic, keyed by the member's id, with CloudEvents headers. */
    public static void publishMemberEvent(String type, UUID memberId, String payload) {
        sendToMemberTopic(
                memberId.toString(),
                payload,
                memberEventHeaders(UUID.randomUUID().toString(), type));
    }

    public static void sendToMemberTopic(String key, String value, Map<String, String> headers) {
        KafkaTestClient.send(KafkaTestResource.bootstrapServers(), MEMBER_TOPIC, key, value, headers);
    }

    public static Map<String, String> memberEventHeaders(String eventId, String type) {
        return KafkaTestClient.cloudEventHeaders(eventId, "org.proud2bops.members." + type, "/members-service");
    }

    /** An article naming these members as its authors (the map may be changed). */
    public static Map<String, Object> articleBy(String slugPrefix, Person... authors) {
        Map<String, Object> body = article(slugPrefix);
        body.put("memberAuthors", Arrays.stream(authors).map(Person::memberId).toList());
        return body;
    }

    /** The first 100 published items the request lists (its filters and caller as given). */
    public static List<PublicationSummary> publicationsListed(RequestSpecification request) {
        return request.queryParam("size", 100)
                .get(PUBLICATIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", PublicationSummary.class);
    }

    // The events service's facts, as it publishes them (CloudEvents in binary mode, key = the event's id)

    public static final String EVENT_TOPIC = "events.event.v1";
    public static final String REGISTRATION_TOPIC = "events.registration.v1";
    public static final String EVENT_DEAD_LETTERS = "content-service.events.event.v1.dlq";
    public static final String REGISTRATION_DEAD_LETTERS = "content-service.events.registration.v1.dlq";

    /**
     * An event's whole public state as EventEvents writes it (every field, a host network and a field content does not
     * know), starting in 20 days for six hours.
     */
    public static String eventState(String eventId, String title, String status, long version) {
        Instant startsAt = eventStart();
        return """
                {"eventId":"%s","title":"%s","kind":"SUMMIT","region":"LONDON","hostNetwork":"london",\
                "startsAt":"%s","endsAt":"%s","timeZone":"Europe/London","capacity":300,"placesLeft":120,\
                "status":"%s","version":%d,"partners":[{"name":"NHS Providers","url":"https://nhsproviders.org"}],\
                "tags":["summit"],"registrationOpensAt":"2026-11-01T09:00:00Z","audience":"OPEN_TO_GUESTS",\
                "hostNetworkName":"Proud2bOps London","futureField":1}""".formatted(eventId, title, startsAt, startsAt.plus(Duration.ofHours(6)), status, version);
    }

    /** When the events of {@link #eventState} start: in 20 days, at a whole day (so every fact of an event agrees). */
    public static Instant eventStart() {
        return Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.DAYS);
    }

    /** SessionFullyBooked of a session of the event, an hour long from {@code startsAt}. */
    public static String sessionFullyBooked(String sessionId, String eventId, String title, Instant startsAt) {
        return """
                {"sessionId":"%s","eventId":"%s","title":"%s","capacity":40,"fullAt":"2026-11-29T10:00:00Z",\
                "startsAt":"%s","endsAt":"%s"}""".formatted(sessionId, eventId, title, startsAt, startsAt.plus(Duration.ofHours(1)));
    }

    /** SessionBookingCancelled of a confirmed booking, leaving {@code placesLeft} places. */
    public static String sessionBookingCancelled(String sessionId, String eventId, int placesLeft) {
        return """
                {"bookingId":"%s","sessionId":"%s","eventId":"%s","registrationId":"%s","memberId":"%s",\
                "cancelledAt":"2026-11-29T11:00:00Z","previousStatus":"CONFIRMED","placesLeft":%d}""".formatted(UUID.randomUUID(), sessionId, eventId, UUID.randomUUID(), UUID.randomUUID(), placesLeft);
    }

    /** Publishes a fact (type without its prefix, e.g. EventCancelled) on the events service's topic, keyed by event. */
    public static void publishEventFact(String factId, String type, String eventId, String payload) {
        sendEventsServiceFact(EVENT_TOPIC, factId, type, eventId, payload);
    }

    /** Publishes a fact (e.g. SessionFullyBooked) on the events service's registrations topic, keyed by event. */
    public static void publishRegistrationFact(String factId, String type, String eventId, String payload) {
        sendEventsServiceFact(REGISTRATION_TOPIC, factId, type, eventId, payload);
    }

    private static void sendEventsServiceFact(
            String topic, String factId, String type, String eventId, String payload) {
        KafkaTestClient.send(
                KafkaTestResource.bootstrapServers(),
                topic,
                eventId,
                payload,
                Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        factId,
                        "ce_type",
                        "org.proud2bops.events." + type,
                        "ce_source",
                        "/events-service",
                        "ce_time",
                        Instant.now().toString(),
                        "ce_subject",
                        eventId,
                        "content-type",
                        "application/json"));
    }
}
