package org.proud2bops.content.memberprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.proud2bops.content.ContentTestData.MEMBER_DEAD_LETTERS;
import static org.proud2bops.content.ContentTestData.memberEventHeaders;
import static org.proud2bops.content.ContentTestData.publishMemberEvent;
import static org.proud2bops.content.ContentTestData.sendToMemberTopic;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** The member profiles content keeps from the members service's events on {@code members.member.v1}, over Kafka. */
@QuarkusTest
@WithPlatformInfrastructure
class MemberEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MemberProfileRepository profiles;

    @Test
    void memberJoinedAndTheLinkMakeAProfileWithItsSubject() {
        UUID memberId = UUID.randomUUID();
        snapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "Priya Shah", "APPLIED", 0);
        publishMemberEvent("MemberAccountLinked", memberId, """
                {"memberId":"%s","accountSubject":"sub-%s","linkedAt":"2026-11-22T10:00:00Z"}""".formatted(memberId, memberId));

        MemberProfile profile = awaitProfile(memberId, p -> p.accountSubject != null);
        assertThat(profile.displayName).isEqualTo("Priya Shah");
        assertThat(profile.status).isEqualTo(MemberStatus.APPLIED);
        assertThat(profile.accountSubject).isEqualTo("sub-" + memberId);
    }

    @Test
    void theSameEventTwiceIsAppliedOnceAndAnOlderOneNeverOverwritesANewer() {
        UUID memberId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        snapshot(eventId, "MemberJoined", memberId, "First Name", "ACTIVE", 0);
        awaitProfile(memberId, p -> true);
        // A redelivery carries the same id; were it applied again, its (tampered) content would show
        snapshot(eventId, "MemberUpdated", memberId, "Applied Twice", "ACTIVE", 5);
        snapshot(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Second Name", "ACTIVE", 2);
        awaitProfile(memberId, p -> p.sourceVersion == 2);
        snapshot(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Older Name", "ACTIVE", 1);
        awaitMarker();

        assertThat(find(memberId).orElseThrow().displayName).isEqualTo("Second Name");
    }

    @Test
    void aStatusChangeUpdatesTheProfilesStatus() {
        UUID memberId = UUID.randomUUID();
        snapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "Sam Lee", "ACTIVE", 0);
        awaitProfile(memberId, p -> true);
        publishMemberEvent("MemberStatusChanged", memberId, """
                {"memberId":"%s","fromStatus":"ACTIVE","toStatus":"SUSPENDED","version":1}""".formatted(memberId));

        assertThat(awaitProfile(memberId, p -> p.sourceVersion == 1).status).isEqualTo(MemberStatus.SUSPENDED);
    }

    @Test
    void aTombstoneErasesTheMemberForGoodAndIsNotADeadLetter() {
        UUID memberId = UUID.randomUUID();
        snapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "Erin Erased", "ACTIVE", 0);
        awaitProfile(memberId, p -> true);

        sendToMemberTopic(memberId.toString(), null, Map.of());
        MemberProfile erased = awaitProfile(memberId, MemberProfile::isErased);
        snapshot(UUID.randomUUID().toString(), "MemberUpdated", memberId, "Erin Erased", "ACTIVE", 7);
        awaitMarker();

        assertThat(erased.displayName).isEqualTo(MemberProfileService.ERASED_NAME);
        assertThat(erased.accountSubject).isNull();
        assertThat(find(memberId).orElseThrow().displayName).isEqualTo(MemberProfileService.ERASED_NAME);
        // Dead letters keep the topic's order: one sent after the tombstone arrives, the tombstone never does
        String poisonKey = poison();
        var deadLetters = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                MEMBER_DEAD_LETTERS,
                r -> poisonKey.equals(r.key()) || memberId.toString().equals(r.key()),
                1,
                WAIT);
        assertThat(deadLetters).extracting(r -> r.key()).containsExactly(poisonKey);
    }

    @Test
    void malformedMessagesGoToTheDeadLetterTopicAndTheNextIsStillProcessed() {
        String noHeadersKey = poison();
        String badJsonKey = UUID.randomUUID().toString();
        sendToMemberTopic(
                badJsonKey, "{not json", memberEventHeaders(UUID.randomUUID().toString(), "MemberJoined"));
        String noNameKey = UUID.randomUUID().toString();
        sendToMemberTopic(
                noNameKey,
                "{\"memberId\":\"" + noNameKey + "\",\"status\":\"ACTIVE\",\"version\":0}",
                memberEventHeaders(UUID.randomUUID().toString(), "MemberJoined"));
        UUID memberId = UUID.randomUUID();
        snapshot(UUID.randomUUID().toString(), "MemberJoined", memberId, "After The Poison", "ACTIVE", 0);

        assertThat(awaitProfile(memberId, p -> true).displayName).isEqualTo("After The Poison");
        for (String key : new String[] {noHeadersKey, badJsonKey, noNameKey}) {
            KafkaTestClient.awaitRecord(
                    KafkaTestResource.bootstrapServers(), MEMBER_DEAD_LETTERS, r -> key.equals(r.key()), WAIT);
        }
        assertThat(find(UUID.fromString(noNameKey))).isEmpty();
    }

    /** A MemberJoined or MemberUpdated, with a field this service does not know. */
    private static void snapshot(String eventId, String type, UUID memberId, String name, String status, long version) {
        sendToMemberTopic(
                memberId.toString(), """
                {"memberId":"%s","displayName":"%s","region":"MIDLANDS","status":"%s","version":%d,"futureField":1}""".formatted(memberId, name, status, version), memberEventHeaders(eventId, type));
    }

    /** A record with neither CloudEvents headers nor a readable body: a dead letter. */
    private static String poison() {
        String key = "no-headers-" + UUID.randomUUID();
        sendToMemberTopic(key, "{}", Map.of());
        return key;
    }

    /** Shows that what was published before has been read: the topic is read in order (one partition per key). */
    private void awaitMarker() {
        UUID marker = UUID.randomUUID();
        snapshot(UUID.randomUUID().toString(), "MemberJoined", marker, "Marker", "ACTIVE", 0);
        awaitProfile(marker, p -> true);
    }

    private MemberProfile awaitProfile(UUID memberId, Predicate<MemberProfile> condition) {
        return await().atMost(WAIT)
                .until(() -> find(memberId), p -> p.isPresent() && condition.test(p.get()))
                .orElseThrow();
    }

    private Optional<MemberProfile> find(UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() -> profiles.findByIdOptional(memberId));
    }
}
