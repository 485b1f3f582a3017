package org.proud2bops.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.domain.MemberProfileRepository;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;

/** A member's erasure that arrives while this service's database refuses every connection is applied once it is back. */
@QuarkusTest
class MemberEventsDuringADatabaseOutageTest {

    private static final String TOPIC = "members.member.v1";
    private static final String DEAD_LETTERS = "events-service.members.member.v1.dlq";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @Inject
    MemberProfileRepository profiles;

    @Test
    void anErasureThatArrivesWhileTheDatabaseIsDownIsAppliedWhenItIsBackAndIsNoDeadLetter() throws SQLException {
        EventsTestData.Person member = EventsTestData.member("LONDON", "ACTIVE");
        String key = member.memberId().toString();

        // From another database of the same server: the service's database takes no connections and loses its own
        try (Connection server =
                DriverManager.getConnection(databaseUrl.replace("/postgres", "/template1"), "postgres", "postgres")) {
            server.createStatement().execute("ALTER DATABASE postgres WITH ALLOW_CONNECTIONS false");
            try {
                server.createStatement()
                        .execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'postgres'");
                KafkaTestClient.send(KafkaTestResource.bootstrapServers(), TOPIC, key, null, Map.of());

                // The consumer meets the outage and keeps the tombstone instead of moving it aside
                assertThat(KafkaTestClient.recordsWithin(
                                KafkaTestResource.bootstrapServers(),
                                DEAD_LETTERS,
                                r -> key.equals(r.key()),
                                Duration.ofSeconds(3)))
                        .isEmpty();
            } finally {
                server.createStatement().execute("ALTER DATABASE postgres WITH ALLOW_CONNECTIONS true");
            }
        }

        await().atMost(Duration.ofSeconds(60))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> "ERASED".equals(profiles.findById(member.memberId()).status)));
        assertThat(KafkaTestClient.recordsWithin(
                        KafkaTestResource.bootstrapServers(),
                        DEAD_LETTERS,
                        r -> key.equals(r.key()),
                        Duration.ofSeconds(1)))
                .isEmpty();
    }
}
