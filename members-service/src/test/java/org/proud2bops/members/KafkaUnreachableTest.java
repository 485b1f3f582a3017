package org.proud2bops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.proud2bops.members.MembersTestData.registeredMemberId;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.NewMember;
import org.proud2bops.platform.outbox.OutboxEvent;
import org.proud2bops.platform.outbox.OutboxEventRepository;
import org.proud2bops.platform.testing.EmbeddedKafkaBroker;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.TestPorts;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** Writes succeed while Kafka cannot be reached, and their events are published once a broker is there. */
@QuarkusTest
@WithPlatformInfrastructure
@TestProfile(KafkaUnreachableTest.NoBrokerYet.class)
class KafkaUnreachableTest {

    /** Held in a system property: Quarkus loads this class twice and both copies must agree on the port. */
    static final int BROKER_PORT = Integer.parseInt(System.getProperties()
            .computeIfAbsent("test.late-kafka.port", key -> Integer.toString(TestPorts.reserveForLater()))
            .toString());

    public static class NoBrokerYet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "localhost:" + BROKER_PORT, "quarkus.kafka.health.enabled", "false");
        }
    }

    @Inject
    OutboxEventRepository outboxEvents;

    @Test
    void membersRegisteredWithoutKafkaArePublishedInOrderOnceItIsBack() {
        List<String> memberIds = IntStream.range(0, 3)
                .mapToObj(i -> registeredMemberId(NewMember.any()))
                .toList();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(eventFor(memberIds.getFirst()).attempts).isPositive());
        assertThat(memberIds).allSatisfy(id -> assertThat(eventFor(id).sentAt).isNull());

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BROKER_PORT)) {
            var records = KafkaTestClient.awaitRecords(
                    broker.bootstrapServers(),
                    "members.member.v1",
                    r -> memberIds.contains(r.key()),
                    3,
                    Duration.ofSeconds(60));
            assertThat(records).extracting(r -> r.key()).containsExactlyElementsOf(memberIds);
            assertThat(records)
                    .allSatisfy(r -> assertThat(KafkaTestClient.header(r, "ce_type"))
                            .isEqualTo("org.proud2bops.members.MemberJoined"));
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(memberIds)
                            .allSatisfy(id -> assertThat(eventFor(id).sentAt).isNotNull()));
        }
    }

    private OutboxEvent eventFor(String memberId) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        outboxEvents.find("aggregateId", memberId.toString()).firstResult());
    }
}
