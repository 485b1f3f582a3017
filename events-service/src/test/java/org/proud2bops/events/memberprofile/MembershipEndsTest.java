package org.proud2bops.events.memberprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.Audience;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.events.registration.RegistrationStatus;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * Only active members hold member places (issue 14 point 4), driven by the members service's MemberStatusChanged
 * facts: a membership that lapses, is suspended or ends releases its places and places in line at members-only events
 * still to come (each freed place to the first in line); places at events open to guests are kept; a redelivered fact
 * changes nothing, and reactivation gives nothing back.
 */
@QuarkusTest
@WithPlatformInfrastructure
class MembershipEndsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REGISTRATION = "/api/events/{eventId}/registrations/{registrationId}";

    @Test
    void aLapsedMembershipReleasesMembersOnlyPlacesAndTheLineMoves() {
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person next = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        String membersOnly = eventFor(Audience.MEMBERS_ONLY, 1);
        RegistrationResponse place = EventsTestData.registerThemself(member, membersOnly);
        RegistrationResponse waiting = EventsTestData.registerThemself(next, membersOnly);
        String fullMembersOnly = eventFor(Audience.MEMBERS_ONLY, 1);
        EventsTestData.registerThemself(EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE), fullMembersOnly);
        RegistrationResponse inLine = EventsTestData.registerThemself(member, fullMembersOnly);
        String open = eventFor(Audience.OPEN_TO_GUESTS, 5);
        RegistrationResponse kept = EventsTestData.registerThemself(member, open);
        assertThat(inLine.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        String lapsed = UUID.randomUUID().toString();
        statusChanged(lapsed, member, "LAPSED", 2);

        awaitStatus(membersOnly, place, RegistrationStatus.CANCELLED);
        assertThat(statusOf(membersOnly, waiting))
                .as("the first in line took the freed place")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(statusOf(fullMembersOnly, inLine)).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(statusOf(open, kept))
                .as("a place at an event open to guests is kept")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        List<ConsumerRecord<String, String>> facts = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
                r -> membersOnly.equals(r.key()),
                4,
                WAIT);
        assertThat(facts)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        "org.proud2bops.events.RegistrationConfirmed",
                        "org.proud2bops.events.RegistrationWaitlisted",
                        "org.proud2bops.events.RegistrationCancelled",
                        "org.proud2bops.events.WaitlistPromoted");

        // Redelivered, the fact changes nothing; reactivation gives no place back
        statusChanged(lapsed, member, "LAPSED", 2);
        statusChanged(UUID.randomUUID().toString(), member, "ACTIVE", 3);
        await().atMost(WAIT).until(() -> profileStatus(member) == MemberStatus.ACTIVE);
        assertThat(statusOf(membersOnly, place)).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(statusOf(membersOnly, waiting)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(KafkaTestClient.recordsWithin(
                        KafkaTestResource.bootstrapServers(),
                        EventsTestData.REGISTRATION_TOPIC,
                        r -> membersOnly.equals(r.key()),
                        Duration.ofSeconds(2)))
                .as("nothing more happened at the event")
                .hasSize(4);
    }

    @Test
    void suspendedAndLeftMembersLoseMembersOnlyPlacesToo() {
        for (String status : List.of("SUSPENDED", "LEFT")) {
            Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
            String membersOnly = eventFor(Audience.MEMBERS_ONLY, 3);
            String byInvitation = eventFor(Audience.BY_INVITATION, 3);
            RegistrationResponse place = EventsTestData.registerThemself(member, membersOnly);
            RegistrationResponse invited =
                    EventsTestData.register(asEventsAdmin(), byInvitation, EventsTestData.memberAttendee(member));

            statusChanged(UUID.randomUUID().toString(), member, status, 2);

            awaitStatus(membersOnly, place, RegistrationStatus.CANCELLED);
            assertThat(statusOf(byInvitation, invited))
                    .as(status + ": other audiences keep their places")
                    .isEqualTo(RegistrationStatus.CONFIRMED);
        }
    }

    private static void statusChanged(String factId, Person member, String toStatus, long version) {
        EventsTestData.publishMemberEvent(
                factId, "MemberStatusChanged", member.memberId(), """
                {"memberId":"%s","fromStatus":"ACTIVE","toStatus":"%s","version":%d}""".formatted(member.memberId(), toStatus, version));
    }

    private static String eventFor(Audience audience, int capacity) {
        var body = EventsTestData.event(Region.LONDON, capacity);
        body.put("audience", audience.name());
        return EventsTestData.createEvent(body);
    }

    private static void awaitStatus(String eventId, RegistrationResponse registration, RegistrationStatus status) {
        await().atMost(WAIT).until(() -> statusOf(eventId, registration) == status);
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

    private static MemberStatus profileStatus(Person member) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> jakarta.enterprise
                        .inject
                        .spi
                        .CDI
                        .current()
                        .select(MemberProfileRepository.class)
                        .get()
                        .findById(member.memberId())
                        .status);
    }
}
