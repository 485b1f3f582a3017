package org.proud2bops.events;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventKind;
import org.proud2bops.events.event.EventRepository;
import org.proud2bops.events.event.EventResponse;
import org.proud2bops.events.event.EventStatus;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberProfile;
import org.proud2bops.events.memberprofile.MemberProfileRepository;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.network.NetworkService;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.events.session.SessionBookingResponse;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.TestCallers;
import org.proud2bops.platform.testing.TestTokens;

/**
 * The callers who make requests (each caller's request specification carries a real signed token), events made
 * through the API, member profiles as the members service's events would have left them here, and those events
 * themselves as the members service publishes them.
 */
public final class EventsTestData {

    public static final String MEMBER_TOPIC = "members.member.v1";
    public static final String MEMBER_DEAD_LETTERS = "events-service.members.member.v1.dlq";
    public static final String REGISTRATION_TOPIC = "events.registration.v1";
    public static final String EVENT_TOPIC = "events.event.v1";
    public static final String NETWORK_TOPIC = "members.network.v1";
    public static final String NETWORK_DEAD_LETTERS = "events-service.members.network.v1.dlq";

    private EventsTestData() {}

    // Callers

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String bearer) {
        return anonymous().header("Authorization", bearer);
    }

    public static RequestSpecification asEventsAdmin() {
        return as(TestTokens.bearer("events-admin-subject", "events-admin"));
    }

    public static RequestSpecification asAdmin() {
        return as(TestTokens.bearer("an-admin", "admin"));
    }

    /** Someone signed in with these roles and no member profile here. */
    public static RequestSpecification asSomeoneWith(String... roles) {
        return as(TestTokens.bearer("someone-" + UUID.randomUUID(), roles));
    }

    public static RequestSpecification asRegionalClient(Region region) {
        return as(TestTokens.regionalClient("regional-" + region.name().toLowerCase(), region.name()));
    }

    /** A member whose profile this service holds, and who signs in with {@code subject}. */
    public record Person(UUID memberId, String subject) {

        public RequestSpecification asThem() {
            return as(TestTokens.bearer(subject, "member"));
        }

        /** As this person with the network-lead role too (what they lead is the networks projection's to say). */
        public RequestSpecification asLead() {
            return as(TestTokens.bearer(subject, "member", "network-lead"));
        }
    }

    /**
     * A caller of one kind, for unit tests of access policies: anonymous, member, network lead, content editor,
     * regional client (London's), events admin or admin.
     */
    public static Caller callerOfKind(String who) {
        return switch (who) {
            case "anonymous" -> TestCallers.anonymous();
            case "member" -> TestCallers.signedIn("a-member", "member");
            case "network lead" -> TestCallers.signedIn("a-lead", "member", "network-lead");
            case "content editor" -> TestCallers.signedIn("an-editor", "content-editor");
            case "regional client" -> TestCallers.regionalNetwork(Region.LONDON.name());
            case "events admin" -> TestCallers.signedIn("an-events-admin", "events-admin");
            case "admin" -> TestCallers.signedIn("an-admin", "admin");
            default -> throw new IllegalArgumentException(who);
        };
    }

    // Events

    /** What an events admin sends for a published event in 20 days; {@code region} null for a national one. */
    public static Map<String, Object> event(Region region, int capacity) {
        Instant startsAt = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(Map.of(
                "title",
                "Operational leadership day " + UUID.randomUUID(),
                "summary",
                "Sessions for operational managers",
                "kind",
                "REGIONAL_MEETING",
                "startsAt",
                startsAt.toString(),
                "endsAt",
                startsAt.plus(Duration.ofHours(6)).toString(),
                "capacity",
                capacity,
                "status",
                "PUBLISHED"));
        if (region != null) {
            body.put("region", region.name());
            body.put("hostNetwork", region.name().toLowerCase().replace('_', '-'));
        }
        return body;
    }

    /**
     * As {@link #event}, asking a required choice ({@code dietary}: None, Vegetarian or Vegan) and optional free text
     * ({@code access}) at registration, with an online joining link of its own.
     */
    public static Map<String, Object> eventWithQuestions(Region region, int capacity) {
        Map<String, Object> body = event(region, capacity);
        body.put(
                "questions",
                java.util.List.of(
                        Map.of(
                                "key",
                                "dietary",
                                "label",
                                "Dietary needs",
                                "kind",
                                "CHOICE",
                                "options",
                                java.util.List.of("None", "Vegetarian", "Vegan"),
                                "required",
                                true),
                        Map.of("key", "access", "label", "Access needs", "kind", "FREE_TEXT", "required", false)));
        body.put("onlineLink", "https://meet.example.org/room-" + UUID.randomUUID());
        return body;
    }

    public static String createEvent(Map<String, Object> body) {
        return asEventsAdmin()
                .body(body)
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .as(EventResponse.class)
                .id()
                .toString();
    }

    public static String publishedEvent(Region region, int capacity) {
        return createEvent(event(region, capacity));
    }

    public static String draftEvent(Region region, int capacity) {
        Map<String, Object> draft = event(region, capacity);
        draft.put("status", "DRAFT");
        return createEvent(draft);
    }

    /** An event stored as it is, e.g. one that ended long ago, which no admin would create through the API. */
    public static UUID storedEvent(String title, EventStatus status, Duration startsFromNow) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Event event = new Event();
            event.id = UUID.randomUUID();
            event.title = title;
            event.summary = "A session for operational managers";
            event.kind = EventKind.SUMMIT;
            event.status = status;
            event.startsAt = Instant.now().plus(startsFromNow);
            event.endsAt = event.startsAt.plus(Duration.ofHours(8));
            event.timeZone = "Europe/London";
            event.venue = "London";
            event.capacity = 300;
            CDI.current().select(EventRepository.class).get().persist(event);
            return event.id;
        });
    }

    /** A published event hosted by the London network, starting in an hour (its check-in desk is open). */
    public static String londonEventStartingSoon() {
        UUID eventId = storedEvent("London door day " + UUID.randomUUID(), EventStatus.PUBLISHED, Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> {
            Event event = CDI.current().select(EventRepository.class).get().findById(eventId);
            event.hostNetwork = "london";
            event.hostNetworkName = "Proud2bOps London";
            event.region = Region.LONDON;
        });
        return eventId.toString();
    }

    /**
     * A published national event starting in an hour (for eight hours), so its check-in desk is open: the desk opens a
     * day before an event starts and closes when it ends.
     */
    public static String eventStartingSoon() {
        return storedEvent("Door day " + UUID.randomUUID(), EventStatus.PUBLISHED, Duration.ofHours(1))
                .toString();
    }

    // Registrations

    /**
     * Registers the attendee a body names ({@link #guest}, {@link #memberAttendee}; null sends no body, so the caller
     * registers themself) and returns the registration.
     */
    /** The event's ETag now, as an events admin reads it. */
    public static String etagOf(String eventId) {
        return asEventsAdmin()
                .get("/api/events/{eventId}", eventId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** Replaces the event with {@code body} as an events admin, sending the ETag the event has now. */
    public static ValidatableResponse changeEvent(String eventId, Map<String, Object> body) {
        return asEventsAdmin()
                .header("If-Match", etagOf(eventId))
                .body(body)
                .put("/api/events/{eventId}", eventId)
                .then();
    }

    public static RegistrationResponse register(RequestSpecification caller, String eventId, Object attendee) {
        return (attendee == null ? caller : caller.body(attendee))
                .post("/api/events/{eventId}/registrations", eventId)
                .then()
                .statusCode(201)
                .extract()
                .as(RegistrationResponse.class);
    }

    public static RegistrationResponse registerThemself(Person person, String eventId) {
        return register(person.asThem(), eventId, null);
    }

    public static Map<String, Object> guest(String name) {
        return Map.of(
                "guest",
                Map.of(
                        "name",
                        name,
                        "email",
                        name.toLowerCase().replace(' ', '.') + "@trust.example",
                        "organisation",
                        "Example Hospitals NHS Trust"));
    }

    /** The token in a guest's erasure link, as the answer to their registration gave it. */
    public static String guestErasureTokenOf(RegistrationResponse registration) {
        String link = registration.guestErasureLink();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    public static Map<String, Object> memberAttendee(Person person) {
        return Map.of("memberId", person.memberId());
    }

    // Member profiles

    /** A member in the directory, as the members service's events would have left them in this service. */
    public static Person member(Region region, MemberStatus status) {
        return member(region, status, true);
    }

    /** An active member who chose not to be in the directory. */
    public static Person memberNotInDirectory(Region region) {
        return member(region, MemberStatus.ACTIVE, false);
    }

    private static Person member(Region region, MemberStatus status, boolean directoryVisible) {
        UUID memberId = UUID.randomUUID();
        String subject = "person-" + memberId;
        QuarkusTransaction.requiringNew().run(() -> {
            MemberProfile profile = new MemberProfile();
            profile.memberId = memberId;
            profile.displayName = "Member " + memberId.toString().substring(0, 8);
            profile.region = region;
            profile.status = status;
            profile.directoryVisible = directoryVisible;
            profile.accountSubject = subject;
            profile.sourceVersion = 1;
            profile.updatedAt = Instant.now();
            CDI.current().select(MemberProfileRepository.class).get().persist(profile);
        });
        return new Person(memberId, subject);
    }

    // Networks, as the members service's network facts leave them here

    /**
     * An active member who leads the network with this slug: their lead fact applied by the networks projection, as
     * the members service's NetworkMembershipChanged (LEAD_APPOINTED) would be.
     */
    public static Person leadOf(String networkSlug) {
        Person lead = member(Region.LONDON, MemberStatus.ACTIVE);
        applyNetworkFact(
                UUID.randomUUID().toString(),
                "NetworkMembershipChanged",
                membershipChanged(networkSlug, lead.memberId(), "LEAD_APPOINTED", true));
        return lead;
    }

    /** Applies a members.network.v1 fact through the projection service, as its consumer would. */
    public static void applyNetworkFact(String eventId, String type, String payload) {
        IncomingCloudEvent fact = new IncomingCloudEvent(
                eventId, "org.proud2bops.members." + type, "/members-service", Instant.now(), null, payload);
        CDI.current().select(NetworkService.class).get().apply(fact);
    }

    public static String networkCreated(String slug, String name, String kind, Region region) {
        return """
                {"slug":"%s","name":"%s","kind":"%s","region":%s,"organisationOdsCode":"RJ1","createdAt":"2026-11-29T10:00:00Z"}""".formatted(slug, name, kind, region == null ? "null" : "\"" + region.name() + "\"");
    }

    public static String membershipChanged(String slug, UUID memberId, String change, boolean lead) {
        return """
                {"networkSlug":"%s","memberId":"%s","change":"%s","lead":%s,"at":"2026-11-29T10:00:00Z"}""".formatted(slug, memberId, change, lead);
    }

    /** A fact on the members service's network topic, keyed by the network's slug. */
    public static void publishNetworkEvent(String eventId, String type, String slug, String payload) {
        KafkaTestClient.send(
                KafkaTestResource.bootstrapServers(), NETWORK_TOPIC, slug, payload, cloudEventHeaders(eventId, type));
    }

    // Member events, as the members service publishes them on its topic

    /** A MemberJoined or MemberUpdated of an active Midlands member, with a field this service does not know. */
    public static void publishSnapshot(String eventId, String type, UUID memberId, String displayName, long version) {
        publishMemberEvent(eventId, type, memberId, """
                {"memberId":"%s","displayName":"%s","region":"MIDLANDS","status":"ACTIVE","version":%d,"futureField":1}""".formatted(memberId, displayName, version));
    }

    public static void publishAccountLinked(UUID memberId, String subject) {
        publishMemberEvent(
                UUID.randomUUID().toString(), "MemberAccountLinked", memberId, """
                {"memberId":"%s","accountSubject":"%s","linkedAt":"2026-11-22T10:00:00Z"}""".formatted(memberId, subject));
    }

    public static void publishErased(UUID memberId, long version) {
        publishMemberEvent(UUID.randomUUID().toString(), "MemberErased", memberId, """
                {"memberId":"%s","erasedAt":"2026-11-22T10:00:00Z","version":%d}""".formatted(memberId, version));
    }

    /** The member key's tombstone (no value), which ends an erasure. */
    public static void publishTombstone(UUID memberId) {
        sendToMemberTopic(memberId.toString(), null, Map.of());
    }

    /** A record on the member topic with neither CloudEvents headers nor a readable body: a dead letter. */
    public static String publishPoison() {
        String key = "no-headers-" + UUID.randomUUID();
        sendToMemberTopic(key, "{}", Map.of());
        return key;
    }

    public static void publishMemberEvent(String eventId, String type, UUID memberId, String payload) {
        sendToMemberTopic(memberId.toString(), payload, cloudEventHeaders(eventId, type));
    }

    public static void sendToMemberTopic(String key, String value, Map<String, String> headers) {
        KafkaTestClient.send(KafkaTestResource.bootstrapServers(), MEMBER_TOPIC, key, value, headers);
    }

    public static Map<String, String> cloudEventHeaders(String eventId, String type) {
        return KafkaTestClient.cloudEventHeaders(eventId, "org.proud2bops.members." + type, "/members-service");
    }

    // Sessions

    /**
     * What an events admin sends for a session of the event starting {@code fromHour} hours after the event does, for
     * an hour, with {@code capacity} places.
     */
    public static Map<String, Object> session(String eventId, int fromHour, int capacity) {
        Instant startsAt = asEventsAdmin()
                .get("/api/events/{eventId}", eventId)
                .then()
                .statusCode(200)
                .extract()
                .as(EventResponse.class)
                .startsAt()
                .plus(Duration.ofHours(fromHour));
        return new HashMap<>(Map.of(
                "title",
                "Session " + UUID.randomUUID(),
                "startsAt",
                startsAt.toString(),
                "endsAt",
                startsAt.plus(Duration.ofHours(1)).toString(),
                "capacity",
                capacity));
    }

    /** Creates the session the body describes and returns its id. */
    public static String createSession(String eventId, Map<String, Object> body) {
        return asEventsAdmin()
                .body(body)
                .post("/api/events/{eventId}/sessions", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String sessionOf(String eventId, int fromHour, int capacity) {
        return createSession(eventId, session(eventId, fromHour, capacity));
    }

    /** Books the session inside the registration, as {@code caller}, and returns the booking. */
    public static SessionBookingResponse bookSession(
            RequestSpecification caller, String eventId, Object registrationId, String sessionId) {
        return caller.body(Map.of("sessionId", sessionId))
                .post("/api/events/{eventId}/registrations/{registrationId}/sessions", eventId, registrationId)
                .then()
                .statusCode(201)
                .extract()
                .as(SessionBookingResponse.class);
    }

    public static SessionBookingResponse sessionBooking(
            RequestSpecification caller, String eventId, Object registrationId, String sessionId) {
        return caller.get(
                        "/api/events/{eventId}/registrations/{registrationId}/sessions/{sessionId}",
                        eventId,
                        registrationId,
                        sessionId)
                .then()
                .statusCode(200)
                .extract()
                .as(SessionBookingResponse.class);
    }
}
