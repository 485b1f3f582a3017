package org.proud2bops.members.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.members.MembersTestData.as;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.asSomeoneWith;
import static org.proud2bops.members.MembersTestData.asStranger;
import static org.proud2bops.members.MembersTestData.join;
import static org.proud2bops.members.MembersTestData.member;
import static org.proud2bops.members.MembersTestData.signedInMember;
import static org.proud2bops.members.MembersTestData.uniqueEmail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.IdentityProviderAdminFake;
import org.proud2bops.members.MembersTestData.Directory;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.members.MembersTestData.NewMember;
import org.proud2bops.members.TestClock;
import org.proud2bops.members.config.MembersConfig;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.PersonalDataSweep;
import org.proud2bops.platform.testing.TestTokens;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** Erasing a member leaves nothing personal behind, here or at the identity provider. */
@QuarkusTest
@WithPlatformInfrastructure
class ErasureApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AccountRemovalService accountRemovals;

    @Inject
    Scheduler scheduler;

    @Inject
    TestClock clock;

    @Inject
    MembersConfig config;

    @AfterEach
    void giveTheScheduleBackItsJob() {
        clock.reset();
        scheduler.resume(AccountRemovalService.SCHEDULE);
    }

    /** The test runs the removal job itself, when it wants to, instead of waiting for the schedule. */
    private void runAccountRemovalsByHand() {
        scheduler.pause(AccountRemovalService.SCHEDULE);
    }

    @Test
    void erasureLeavesNothingPersonalInAnyTableAndTellsOtherServices() throws Exception {
        runAccountRemovalsByHand();
        String email = uniqueEmail();
        NewMember body = NewMember.withEmail(email)
                .named("Ulrika", "Erasmus-" + UUID.randomUUID().toString().substring(0, 8))
                .jobTitle("Head of Flow " + UUID.randomUUID().toString().substring(0, 8));
        String id = asAdmin()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post("/api/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String subject = "person-" + UUID.randomUUID();
        String self = TestTokens.forSubject(subject)
                .roles("member")
                .email(email, true)
                .bearer();
        as(self).get("/api/members/me").then().statusCode(200);
        join("london", id);
        // The person is an admin too: what they did to another member's record names them
        String selfAsAdmin = TestTokens.forSubject(subject)
                .roles("member", "admin")
                .email(email, true)
                .bearer();
        String other = as(selfAsAdmin)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(NewMember.any())
                .post("/api/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(selfAsAdmin)
                .contentType(ContentType.JSON)
                .body("""
                        {"status": "LAPSED", "reason": "Stopped paying"}""")
                .post("/api/members/{id}/status-changes", other)
                .then()
                .statusCode(200);
        as(self).contentType(ContentType.JSON)
                .body("""
                        {"status": "LEFT", "reason": "Moving abroad"}""")
                .post("/api/members/{id}/status-changes", id)
                .then()
                .statusCode(200);
        List<String> identifying = List.of(email, body.familyName(), body.jobTitle(), subject, "Moving abroad");
        assertThat(mentionsInAnyTable(identifying))
                .as("the sweep finds the person before erasure")
                .containsKeys(
                        "member.email: " + email,
                        "member_status_change.changed_by: " + subject,
                        "idempotency_record.scope: " + subject);

        asStranger().delete("/api/members/{id}", id).then().statusCode(404);
        as(self).delete("/api/members/me").then().statusCode(204);

        as(self).get("/api/members/me").then().statusCode(404);
        asAdmin().get("/api/members/{id}", id).then().statusCode(404);
        asAdmin().delete("/api/members/{id}", id).then().statusCode(404);
        asAdmin().queryParam("q", body.familyName()).get("/api/members").then().body("totalItems", equalTo(0));

        List<ConsumerRecord<String, String>> published = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                "members.member.v1",
                r -> id.equals(r.key()) && (r.value() == null || r.value().contains("\"erasedAt\"")),
                2,
                WAIT);
        assertThat(KafkaTestClient.header(published.get(0), "ce_type"))
                .isEqualTo("org.proud2bops.members.MemberErased");
        assertThat(JsonPath.from(published.get(0).value()).getString("memberId"))
                .isEqualTo(id);
        assertThat(published.get(1).value())
                .as("the member key's tombstone comes last")
                .isNull();
        assertThat(published.get(1).headers().toArray()).isEmpty();

        accountRemovals.removeDueAccounts();
        assertThat(IdentityProviderAdminFake.deleted(subject)).isTrue();
        assertThat(pendingAccountRemovals(subject)).isZero();
        assertThat(mentionsInAnyTable(identifying)).isEmpty();
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(count("select count(*) from network_membership where member_id = cast(?1 as uuid)", id))
                    .isZero();
            assertThat(count("select count(*) from member_status_change where member_id = cast(?1 as uuid)", id))
                    .isEqualTo(3);
        });
    }

    @Test
    void anErasedMembersAccountIsRemovedOnceTheIdentityProviderIsBack() {
        runAccountRemovalsByHand();
        Member member = signedInMember("MIDLANDS");
        String subject = member.subject();
        IdentityProviderAdminFake.setAvailable(false);
        try {
            asAdmin().delete("/api/members/{id}", member.id()).then().statusCode(204);
            accountRemovals.removeDueAccounts();
            assertThat(failedAttempts(subject)).isPositive();
            assertThat(IdentityProviderAdminFake.deleted(subject)).isFalse();
            assertThat(pendingAccountRemovals(subject)).isOne();
        } finally {
            IdentityProviderAdminFake.setAvailable(true);
        }
        // However often it failed, its next try is due once the longest wait between tries has passed
        clock.advance(config.accountRemoval().longestWait());
        accountRemovals.removeDueAccounts();
        assertThat(IdentityProviderAdminFake.deleted(subject)).isTrue();
        assertThat(pendingAccountRemovals(subject)).isZero();
    }

    @Test
    void pendingRemovalsAreTriedOnTheConfiguredSchedule() {
        Trigger schedule = scheduler.getScheduledJob(AccountRemovalService.SCHEDULE);
        assertThat(schedule.getMethodDescription()).endsWith("AccountRemovalService#removeDueAccounts");
        assertThat(scheduler.isPaused(AccountRemovalService.SCHEDULE)).isFalse();
        await().atMost(WAIT).until(() -> schedule.getPreviousFireTime() != null);
        // Retried only in case the job fires between the two reads
        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(Duration.between(schedule.getPreviousFireTime(), schedule.getNextFireTime()))
                                .isEqualTo(config.accountRemoval().interval()));
    }

    @Test
    void onlyAdminsAndTheMemberThemselfErase() {
        Member member = member("SOUTH_EAST", Directory.UNLISTED);
        asSomeoneWith("member", "network-lead")
                .delete("/api/members/{id}", member.id())
                .then()
                .statusCode(404);
        asStranger().delete("/api/members/me").then().statusCode(404);
        asAdmin().delete("/api/members/{id}", member.id()).then().statusCode(204);
        asAdmin().get("/api/members/{id}/status-changes", member.id()).then().statusCode(404);
    }

    private Map<String, Long> mentionsInAnyTable(List<String> texts) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return PersonalDataSweep.mentions(connection, texts);
        }
    }

    private long pendingAccountRemovals(String subject) {
        return QuarkusTransaction.requiringNew()
                .call(() -> count("select count(*) from pending_account_removal where subject = ?1", subject));
    }

    private int failedAttempts(String subject) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select coalesce(max(attempts), 0) from pending_account_removal where subject = ?1")
                                .setParameter(1, subject)
                                .getSingleResult())
                        .intValue());
    }

    private long count(String sql, Object parameter) {
        return ((Number) entityManager
                        .createNativeQuery(sql)
                        .setParameter(1, parameter)
                        .getSingleResult())
                .longValue();
    }
}
