package org.proud2bops.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.domain.MemberProfile;
import org.proud2bops.events.domain.MemberProfileRepository;
import org.proud2bops.events.domain.RegistrationRepository;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class MemberProfileProjectionTest {

    private static final String TOPIC = "members.member.v1";
    private static final String DEAD_LETTERS = "events-service.members.member.v1.dlq";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MemberProfileRepository profiles;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EntityManager entityManager;

    @Test
    void memberJoinedBecomesAProfile() {
        UUID memberId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), "MemberJoined", memberId, "Priya Shah", 0);

        MemberProfile profile = awaitProfile(memberId, p -> true);
        assertThat(profile.displayName).isEqualTo("Priya Shah");
        assertThat(profile.region).isEqualTo("MIDLANDS");
        assertThat(profile.status).isEqualTo("ACTIVE");
        assertThat(profile.directoryVisible)
                .as("a payload without the directory choice is not opted in")
                .isFalse();
    }

    @Test
    void theDirectoryChoiceFollowsMemberUpdated() {
        UUID memberId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), "MemberJoined", memberId, "Dana Cole", 0);
        send(UUID.randomUUID().toString(), "MemberUpdated", memberId, """
                {"memberId":"%s","displayName":"Dana Cole","region":"MIDLANDS","status":"ACTIVE","directoryVisible":true,"version":1}""".formatted(memberId));

        assertThat(awaitProfile(memberId, profile -> profile.sourceVersion == 1).directoryVisible)
                .isTrue();
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        UUID memberId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, "MemberJoined", memberId, "First Name", 0);
        awaitProfile(memberId, p -> true);

        // A redelivery carries the same id; were it applied again, its (tampered) content would show.
        publish(eventId, "MemberUpdated", memberId, "Applied Twice", 5);
        publish(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Second Name", 1);

        MemberProfile profile = awaitProfile(memberId, p -> p.sourceVersion == 1);
        assertThat(profile.displayName).isEqualTo("Second Name");
    }

    @Test
    void anOlderEventNeverOverwritesANewerOne() {
        UUID memberId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Newer", 3);
        awaitProfile(memberId, p -> p.sourceVersion == 3);
        publish(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Older", 2);
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), "MemberJoined", marker, "Marker", 0);
        awaitProfile(marker, p -> true);

        assertThat(find(memberId).orElseThrow().displayName).isEqualTo("Newer");
    }

    @Test
    void aStatusChangeUpdatesTheProfilesStatus() {
        UUID memberId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), "MemberJoined", memberId, "Sam Lee", 0);
        awaitProfile(memberId, p -> true);
        send(UUID.randomUUID().toString(), "MemberStatusChanged", memberId, """
                {"memberId":"%s","fromStatus":"ACTIVE","toStatus":"SUSPENDED","version":1}""".formatted(memberId));

        assertThat(awaitProfile(memberId, p -> p.sourceVersion == 1).status).isEqualTo("SUSPENDED");
    }

    @Test
    void anErasedMemberKeepsNoNameAndALateOlderFactCannotBringItBack() {
        UUID memberId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), "MemberJoined", memberId, "Erin Erased", 0);
        awaitProfile(memberId, p -> true);
        send(UUID.randomUUID().toString(), "MemberErased", memberId, """
                {"memberId":"%s","erasedAt":"2026-11-22T10:00:00Z","version":4}""".formatted(memberId));
        awaitProfile(memberId, p -> "ERASED".equals(p.status));
        publish(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Erin Erased", 3);
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), "MemberJoined", marker, "Marker", 0);
        awaitProfile(marker, p -> true);

        MemberProfile profile = find(memberId).orElseThrow();
        assertThat(profile.displayName).isEqualTo("Former member");
        assertThat(profile.sourceVersion).isEqualTo(4);
    }

    @Test
    void aLinkedAccountLetsTheMembersOwnTokenRegister() {
        UUID memberId = UUID.randomUUID();
        String subject = "person-" + memberId;
        publish(UUID.randomUUID().toString(), "MemberJoined", memberId, "Nia Jones", 0);
        awaitProfile(memberId, p -> true);
        link(memberId, subject);
        assertThat(awaitProfile(memberId, p -> p.accountSubject != null).accountSubject)
                .isEqualTo(subject);

        String eventId = EventsTestData.publishedEvent(null, 5);
        EventsTestData.as(TestTokens.bearer(subject, "member"))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201);
    }

    @Test
    void aSnapshotCarriesTheAccountSubjectAndAnErasedProfileTakesNoLink() {
        UUID memberId = UUID.randomUUID();
        send(UUID.randomUUID().toString(), "MemberJoined", memberId, """
                {"memberId":"%s","displayName":"Ola Ade","region":"LONDON","status":"ACTIVE","accountSubject":"sub-%s","version":0}""".formatted(memberId, memberId));
        assertThat(awaitProfile(memberId, p -> true).accountSubject).isEqualTo("sub-" + memberId);
        send(UUID.randomUUID().toString(), "MemberErased", memberId, """
                {"memberId":"%s","erasedAt":"2026-11-22T10:00:00Z","version":3}""".formatted(memberId));
        awaitProfile(memberId, p -> "ERASED".equals(p.status));
        link(memberId, "late-link");
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), "MemberJoined", marker, "Marker", 0);
        awaitProfile(marker, p -> true);

        assertThat(find(memberId).orElseThrow().accountSubject).isNull();
    }

    @Test
    void erasureReleasesTheMembersPlacesAndForgetsTheirSignInAndStoredResponses() {
        EventsTestData.Person member = EventsTestData.member("LONDON", "ACTIVE");
        String eventId = EventsTestData.publishedEvent(null, 5);
        String key = UUID.randomUUID().toString();
        String place = member.asThem()
                .header("Idempotency-Key", key)
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String name = find(member.memberId()).orElseThrow().displayName;
        assertThat(storedResponsesMentioning(name))
                .as("the stored response names the member")
                .isOne();

        send(UUID.randomUUID().toString(), "MemberErased", member.memberId(), """
                {"memberId":"%s","erasedAt":"2026-11-22T10:00:00Z","version":9}""".formatted(member.memberId()));
        MemberProfile erased = awaitProfile(member.memberId(), p -> "ERASED".equals(p.status));

        assertThat(erased.accountSubject).isNull();
        given().get("/api/events/" + eventId).then().body("placesLeft", equalTo(5));
        EventsTestData.asEventsAdmin()
                .get("/api/events/" + eventId + "/registrations/" + place)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("attendeeName", equalTo("Former member"));
        long stillNamed =
                QuarkusTransaction.requiringNew().call(() -> registrations.count("registeredBy", member.subject()));
        assertThat(stillNamed).isZero();
        assertThat(storedResponsesMentioning(name)).isZero();
        // A retry with the key is a new request now, which the erased member's token may not make
        member.asThem()
                .header("Idempotency-Key", key)
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(403)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aTombstoneErasesTheMemberAndIsNotADeadLetter() {
        EventsTestData.Person member = EventsTestData.member("LONDON", "ACTIVE");
        String eventId = EventsTestData.publishedEvent(null, 5);
        member.asThem()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201);

        KafkaTestClient.send(
                KafkaTestResource.bootstrapServers(), TOPIC, member.memberId().toString(), null, Map.of());
        MemberProfile erased = awaitProfile(member.memberId(), p -> "ERASED".equals(p.status));

        assertThat(erased.displayName).isEqualTo("Former member");
        assertThat(erased.accountSubject).isNull();
        given().get("/api/events/" + eventId).then().body("placesLeft", equalTo(5));
        assertThat(storedResponsesMentioning(member.memberId().toString())).isZero();
        // Dead letters keep the topic's order: one sent after the tombstone arrives, the tombstone never does
        String poisonKey = "no-headers-" + UUID.randomUUID();
        KafkaTestClient.send(KafkaTestResource.bootstrapServers(), TOPIC, poisonKey, "{}", Map.of());
        var deadLetters = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                DEAD_LETTERS,
                r -> poisonKey.equals(r.key()) || member.memberId().toString().equals(r.key()),
                1,
                WAIT);
        assertThat(deadLetters).extracting(r -> r.key()).containsExactly(poisonKey);
    }

    @Test
    void erasingAMemberThisServiceNeverSawLeavesOnlyAnAnonymousTombstone() {
        UUID memberId = UUID.randomUUID();
        send(UUID.randomUUID().toString(), "MemberErased", memberId, """
                {"memberId":"%s","erasedAt":"2026-11-22T10:00:00Z","version":2}""".formatted(memberId));
        publish(UUID.randomUUID().toString(), "MemberJoined", memberId, "Too Late", 0);
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), "MemberJoined", marker, "Marker", 0);
        awaitProfile(marker, p -> true);

        assertThat(find(memberId).orElseThrow().displayName).isEqualTo("Former member");
    }

    @Test
    void malformedMessagesGoToTheDeadLetterTopicAndTheNextIsStillProcessed() {
        String noHeadersKey = "no-headers-" + UUID.randomUUID();
        KafkaTestClient.send(KafkaTestResource.bootstrapServers(), TOPIC, noHeadersKey, "{}", Map.of());
        String badJsonKey = UUID.randomUUID().toString();
        KafkaTestClient.send(
                KafkaTestResource.bootstrapServers(),
                TOPIC,
                badJsonKey,
                "{not json",
                cloudEventHeaders(UUID.randomUUID().toString(), "MemberJoined"));
        UUID memberId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), "MemberJoined", memberId, "After The Poison", 0);

        assertThat(awaitProfile(memberId, p -> true).displayName).isEqualTo("After The Poison");
        KafkaTestClient.awaitRecord(
                KafkaTestResource.bootstrapServers(), DEAD_LETTERS, r -> noHeadersKey.equals(r.key()), WAIT);
        KafkaTestClient.awaitRecord(
                KafkaTestResource.bootstrapServers(), DEAD_LETTERS, r -> badJsonKey.equals(r.key()), WAIT);
    }

    private void publish(String eventId, String type, UUID memberId, String displayName, long version) {
        send(eventId, type, memberId, """
                {"memberId":"%s","displayName":"%s","region":"MIDLANDS","status":"ACTIVE","version":%d,"futureField":1}""".formatted(memberId, displayName, version));
    }

    private void link(UUID memberId, String subject) {
        send(UUID.randomUUID().toString(), "MemberAccountLinked", memberId, """
                {"memberId":"%s","accountSubject":"%s","linkedAt":"2026-11-22T10:00:00Z"}""".formatted(memberId, subject));
    }

    private void send(String eventId, String type, UUID memberId, String payload) {
        KafkaTestClient.send(
                KafkaTestResource.bootstrapServers(),
                TOPIC,
                memberId.toString(),
                payload,
                cloudEventHeaders(eventId, type));
    }

    private static Map<String, String> cloudEventHeaders(String eventId, String type) {
        return Map.of(
                "ce_specversion",
                "1.0",
                "ce_id",
                eventId,
                "ce_type",
                "org.proud2bops.members." + type,
                "ce_source",
                "/members-service",
                "ce_time",
                Instant.now().toString(),
                "content-type",
                "application/json");
    }

    private MemberProfile awaitProfile(UUID memberId, java.util.function.Predicate<MemberProfile> condition) {
        return await().atMost(WAIT)
                .until(() -> find(memberId), p -> p.isPresent() && condition.test(p.get()))
                .orElseThrow();
    }

    private long storedResponsesMentioning(String text) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from idempotency_record where response_body like ?1")
                                .setParameter(1, "%" + text + "%")
                                .getSingleResult())
                        .longValue());
    }

    private Optional<MemberProfile> find(UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() -> profiles.findByIdOptional(memberId));
    }
}
