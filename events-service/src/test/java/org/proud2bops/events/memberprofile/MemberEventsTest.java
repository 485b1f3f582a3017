package org.proud2bops.events.memberprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.proud2bops.events.EventsTestData.MEMBER_DEAD_LETTERS;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.publishAccountLinked;
import static org.proud2bops.events.EventsTestData.publishErased;
import static org.proud2bops.events.EventsTestData.publishMemberEvent;
import static org.proud2bops.events.EventsTestData.publishSnapshot;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.registration.RegistrationRepository;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.events.registration.RegistrationStatus;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.PersonalDataSweep;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** The member profiles this service keeps from the members service's events on {@code members.member.v1}. */
@QuarkusTest
@WithPlatformInfrastructure
class MemberEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MemberProfileRepository profiles;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void memberJoinedBecomesAProfile() {
        UUID memberId = UUID.randomUUID();
        publishSnapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "Priya Shah", 0);

        MemberProfile profile = awaitProfile(memberId, p -> true);
        assertThat(profile.displayName).isEqualTo("Priya Shah");
        assertThat(profile.region).isEqualTo(Region.MIDLANDS);
        assertThat(profile.status).isEqualTo(MemberStatus.ACTIVE);
        assertThat(profile.directoryVisible)
                .as("a payload without the directory choice is not opted in")
                .isFalse();
    }

    @Test
    void theDirectoryChoiceFollowsMemberUpdated() {
        UUID memberId = UUID.randomUUID();
        publishSnapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "Dana Cole", 0);
        publishMemberEvent(UUID.randomUUID().toString(), "MemberUpdated", memberId, """
                {"memberId":"%s","displayName":"Dana Cole","region":"MIDLANDS","status":"ACTIVE","directoryVisible":true,"version":1}""".formatted(memberId));

        assertThat(awaitProfile(memberId, profile -> profile.sourceVersion == 1).directoryVisible)
                .isTrue();
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        UUID memberId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publishSnapshot(eventId, "MemberJoined", memberId, "First Name", 0);
        awaitProfile(memberId, p -> true);

        // A redelivery carries the same id; were it applied again, its (tampered) content would show.
        publishSnapshot(eventId, "MemberUpdated", memberId, "Applied Twice", 5);
        publishSnapshot(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Second Name", 1);

        MemberProfile profile = awaitProfile(memberId, p -> p.sourceVersion == 1);
        assertThat(profile.displayName).isEqualTo("Second Name");
    }

    @Test
    void anOlderEventNeverOverwritesANewerOne() {
        UUID memberId = UUID.randomUUID();
        publishSnapshot(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Newer", 3);
        awaitProfile(memberId, p -> p.sourceVersion == 3);
        publishSnapshot(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Older", 2);
        awaitMarker();

        assertThat(find(memberId).orElseThrow().displayName).isEqualTo("Newer");
    }

    @Test
    void aStatusChangeUpdatesTheProfilesStatus() {
        UUID memberId = UUID.randomUUID();
        publishSnapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "Sam Lee", 0);
        awaitProfile(memberId, p -> true);
        publishMemberEvent(UUID.randomUUID().toString(), "MemberStatusChanged", memberId, """
                {"memberId":"%s","fromStatus":"ACTIVE","toStatus":"SUSPENDED","version":1}""".formatted(memberId));

        assertThat(awaitProfile(memberId, p -> p.sourceVersion == 1).status).isEqualTo(MemberStatus.SUSPENDED);
    }

    @Test
    void anErasedMemberKeepsNoNameAndALateOlderFactCannotBringItBack() {
        UUID memberId = UUID.randomUUID();
        publishSnapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "Erin Erased", 0);
        awaitProfile(memberId, p -> true);
        publishErased(memberId, 4);
        awaitProfile(memberId, MemberProfile::isErased);
        publishSnapshot(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Erin Erased", 3);
        awaitMarker();

        MemberProfile profile = find(memberId).orElseThrow();
        assertThat(profile.displayName).isEqualTo(MemberProfileService.ERASED_NAME);
        assertThat(profile.sourceVersion).isEqualTo(4);
    }

    @Test
    void aLinkedAccountLetsTheMembersOwnTokenRegister() {
        UUID memberId = UUID.randomUUID();
        String subject = "person-" + memberId;
        publishSnapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "Nia Jones", 0);
        awaitProfile(memberId, p -> true);
        publishAccountLinked(memberId, subject);
        assertThat(awaitProfile(memberId, p -> p.accountSubject != null).accountSubject)
                .isEqualTo(subject);

        String eventId = EventsTestData.publishedEvent(null, 5);
        EventsTestData.registerThemself(new Person(memberId, subject), eventId);
    }

    @Test
    void aSnapshotCarriesTheAccountSubjectAndAnErasedProfileTakesNoLink() {
        UUID memberId = UUID.randomUUID();
        publishMemberEvent(UUID.randomUUID().toString(), "MemberJoined", memberId, """
                {"memberId":"%s","displayName":"Ola Ade","region":"LONDON","status":"ACTIVE","accountSubject":"sub-%s","version":0}""".formatted(memberId, memberId));
        assertThat(awaitProfile(memberId, p -> true).accountSubject).isEqualTo("sub-" + memberId);
        publishErased(memberId, 3);
        awaitProfile(memberId, MemberProfile::isErased);
        publishAccountLinked(memberId, "late-link");
        awaitMarker();

        assertThat(find(memberId).orElseThrow().accountSubject).isNull();
    }

    @Test
    void erasureReleasesTheMembersPlacesAndForgetsTheirSignInAndStoredResponses() {
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        String eventId = EventsTestData.publishedEvent(null, 5);
        String key = UUID.randomUUID().toString();
        RegistrationResponse place =
                EventsTestData.register(member.asThem().header("Idempotency-Key", key), eventId, null);
        String name = find(member.memberId()).orElseThrow().displayName;
        assertThat(storedResponsesMentioning(name))
                .as("the stored response names the member")
                .isOne();

        publishErased(member.memberId(), 9);
        MemberProfile erased = awaitProfile(member.memberId(), MemberProfile::isErased);

        assertThat(erased.accountSubject).isNull();
        anonymous().get("/api/events/{eventId}", eventId).then().body("placesLeft", equalTo(5));
        RegistrationResponse released = EventsTestData.asEventsAdmin()
                .get("/api/events/{eventId}/registrations/{registrationId}", eventId, place.id())
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);
        assertThat(released.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(released.attendeeName()).isEqualTo(MemberProfileService.ERASED_NAME);
        long stillNamed =
                QuarkusTransaction.requiringNew().call(() -> registrations.count("registeredBy", member.subject()));
        assertThat(stillNamed).isZero();
        assertThat(storedResponsesMentioning(name)).isZero();
        // A retry with the key is a new request now, which the erased member's token may not make
        member.asThem()
                .header("Idempotency-Key", key)
                .post("/api/events/{eventId}/registrations", eventId)
                .then()
                .statusCode(403)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aTombstoneErasesTheMemberAndIsNotADeadLetter() {
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        String eventId = EventsTestData.publishedEvent(null, 5);
        EventsTestData.register(
                member.asThem().header("Idempotency-Key", UUID.randomUUID().toString()), eventId, null);

        EventsTestData.publishTombstone(member.memberId());
        MemberProfile erased = awaitProfile(member.memberId(), MemberProfile::isErased);

        assertThat(erased.displayName).isEqualTo(MemberProfileService.ERASED_NAME);
        assertThat(erased.accountSubject).isNull();
        anonymous().get("/api/events/{eventId}", eventId).then().body("placesLeft", equalTo(5));
        assertThat(storedResponsesMentioning(member.memberId().toString())).isZero();
        // Dead letters keep the topic's order: one sent after the tombstone arrives, the tombstone never does
        String poisonKey = EventsTestData.publishPoison();
        var deadLetters = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                MEMBER_DEAD_LETTERS,
                r -> poisonKey.equals(r.key()) || member.memberId().toString().equals(r.key()),
                1,
                WAIT);
        assertThat(deadLetters).extracting(r -> r.key()).containsExactly(poisonKey);
    }

    @Test
    void erasingAMemberThisServiceNeverSawLeavesOnlyAnAnonymousTombstone() {
        UUID memberId = UUID.randomUUID();
        publishErased(memberId, 2);
        publishSnapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "Too Late", 0);
        awaitMarker();

        MemberProfile profile = find(memberId).orElseThrow();
        assertThat(profile.displayName).isEqualTo(MemberProfileService.ERASED_NAME);
        assertThat(profile.region).isNull();
    }

    @Test
    void malformedMessagesGoToTheDeadLetterTopicAndTheNextIsStillProcessed() {
        String noHeadersKey = EventsTestData.publishPoison();
        String badJsonKey = UUID.randomUUID().toString();
        EventsTestData.sendToMemberTopic(
                badJsonKey,
                "{not json",
                EventsTestData.cloudEventHeaders(UUID.randomUUID().toString(), "MemberJoined"));
        UUID memberId = UUID.randomUUID();
        publishSnapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "After The Poison", 0);

        assertThat(awaitProfile(memberId, p -> true).displayName).isEqualTo("After The Poison");
        KafkaTestClient.awaitRecord(
                KafkaTestResource.bootstrapServers(), MEMBER_DEAD_LETTERS, r -> noHeadersKey.equals(r.key()), WAIT);
        KafkaTestClient.awaitRecord(
                KafkaTestResource.bootstrapServers(), MEMBER_DEAD_LETTERS, r -> badJsonKey.equals(r.key()), WAIT);
    }

    @Test
    void erasureRemovesTheMembersAnswersAtEveryEventThePastOnesIncluded() throws SQLException {
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        String upcoming = EventsTestData.createEvent(EventsTestData.eventWithQuestions(null, 5));
        String past = EventsTestData.createEvent(EventsTestData.eventWithQuestions(null, 5));
        String upcomingNeeds = "Quiet room for prayer " + UUID.randomUUID();
        String pastNeeds = "British Sign Language interpreter " + UUID.randomUUID();
        for (Map.Entry<String, String> answered :
                Map.of(upcoming, upcomingNeeds, past, pastNeeds).entrySet()) {
            member.asThem()
                    .body(Map.of("answers", Map.of("dietary", "Vegan", "access", answered.getValue())))
                    .post("/api/events/{eventId}/registrations", answered.getKey())
                    .then()
                    .statusCode(201);
        }
        // The second event takes place before the erasure: its place stays (it records who came), its answers do not
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("update event set starts_at = now() - interval '2 days', "
                                + "ends_at = now() - interval '1 day', registration_closes_at = null where id = ?1")
                        .setParameter(1, UUID.fromString(past))
                        .executeUpdate());
        assertThat(mentionsAnywhere(List.of(upcomingNeeds, pastNeeds))).hasSize(2);

        publishErased(member.memberId(), 9);
        awaitProfile(member.memberId(), MemberProfile::isErased);

        assertThat(mentionsAnywhere(List.of(upcomingNeeds, pastNeeds))).isEmpty();
        long pastPlaces = QuarkusTransaction.requiringNew()
                .call(() -> registrations.count(
                        "event.id = ?1 and status = ?2 and answers is null",
                        UUID.fromString(past),
                        RegistrationStatus.CONFIRMED));
        assertThat(pastPlaces).isOne();
    }

    /** Where, in any table of the events database, one of the texts still stands. */
    private Map<String, Long> mentionsAnywhere(List<String> texts) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(PersonalDataSweep.sweptColumnCount(connection)).isGreaterThan(10);
            return PersonalDataSweep.mentions(connection, texts);
        }
    }

    /**
     * Shows that what was published before has been read: the topic is read in order, so once a later member's
     * profile exists, an earlier event that changed nothing was seen and ignored.
     */
    private void awaitMarker() {
        UUID marker = UUID.randomUUID();
        publishSnapshot(UUID.randomUUID().toString(), "MemberJoined", marker, "Marker", 0);
        awaitProfile(marker, p -> true);
    }

    private MemberProfile awaitProfile(UUID memberId, Predicate<MemberProfile> condition) {
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
