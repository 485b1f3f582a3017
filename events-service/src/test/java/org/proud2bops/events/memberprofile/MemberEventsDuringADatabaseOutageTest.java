package org.proud2bops.events.memberprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.network.NetworkLeadRepository;
import org.proud2bops.platform.inbox.UntilTheDatabaseAnswers;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * A member's erasure that arrives while this service's database refuses every connection is applied once it is back,
 * and is never a dead letter; so is a network lead's appointment on the members service's network topic.
 */
@QuarkusTest
@WithPlatformInfrastructure
class MemberEventsDuringADatabaseOutageTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @Inject
    MemberProfileRepository profiles;

    @Inject
    NetworkLeadRepository leads;

    @Test
    void anErasureThatArrivesWhileTheDatabaseIsDownIsAppliedWhenItIsBackAndIsNoDeadLetter() throws Exception {
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person lead = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        String key = member.memberId().toString();
        String poisonKey;

        // From another database of the same server: the service's database takes no connections and loses its own
        try (Connection server = DriverManager.getConnection(
                        databaseUrl.replace("/postgres", "/template1"), "postgres", "postgres");
                OutageReports outage = OutageReports.watch()) {
            server.createStatement().execute("ALTER DATABASE postgres WITH ALLOW_CONNECTIONS false");
            try {
                server.createStatement()
                        .execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'postgres'");
                EventsTestData.publishTombstone(member.memberId());
                EventsTestData.publishNetworkEvent(
                        java.util.UUID.randomUUID().toString(),
                        "NetworkMembershipChanged",
                        "east-of-england",
                        EventsTestData.membershipChanged("east-of-england", lead.memberId(), "LEAD_APPOINTED", true));
                // Behind the tombstone on the same partition: a dead letter, once the tombstone is dealt with
                poisonKey = EventsTestData.publishPoison();

                assertThat(outage.awaitFirst(Duration.ofSeconds(60)))
                        .as("the consumer met the outage and waits with the tombstone")
                        .isTrue();
            } finally {
                server.createStatement().execute("ALTER DATABASE postgres WITH ALLOW_CONNECTIONS true");
            }
        }

        // The test's own pooled connections were cut too: a query on one fails until the pool has fresh ones
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> profiles.findById(member.memberId()).isErased()));
        // Dead letters keep the topic's order: the poison sent after the tombstone arrives, the tombstone never does
        var deadLetters = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.MEMBER_DEAD_LETTERS,
                r -> poisonKey.equals(r.key()) || key.equals(r.key()),
                1,
                Duration.ofSeconds(60));
        assertThat(deadLetters).extracting(r -> r.key()).containsExactly(poisonKey);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> leads.ledBy(lead.memberId()).contains("east-of-england")));
    }

    /** Counts the consumer's reports that the database is unavailable, as they are logged. */
    private static final class OutageReports extends Handler implements AutoCloseable {

        private static final Logger LOG = Logger.getLogger(UntilTheDatabaseAnswers.class.getName());
        private final CountDownLatch first = new CountDownLatch(1);

        static OutageReports watch() {
            OutageReports reports = new OutageReports();
            LOG.addHandler(reports);
            return reports;
        }

        boolean awaitFirst(Duration timeout) throws InterruptedException {
            return first.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void publish(LogRecord record) {
            if (String.valueOf(record.getMessage()).contains("The database is unavailable")) {
                first.countDown();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            LOG.removeHandler(this);
        }
    }
}
