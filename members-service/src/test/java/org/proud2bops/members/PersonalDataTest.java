package org.proud2bops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.proud2bops.members.Callers.as;
import static org.proud2bops.members.Callers.asAdmin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MemberAccessTest.Registered;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.PersonalDataSweep;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class PersonalDataTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aMemberDownloadsEverythingHeldAboutThemAndNobodyElseDoes() {
        Registered member = MemberAccessTest.register("NORTH_WEST", true);
        String self = MemberAccessTest.personOf(member);
        NetworkTest.join("north-west", member);

        as(self).get("/api/members/me/personal-data")
                .then()
                .statusCode(200)
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"proud2bops-personal-data-" + member.id() + ".json\""))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .body("member.email", equalTo(member.email()))
                .body("statusHistory[0].toStatus", equalTo("ACTIVE"))
                .body("networkMemberships.networkSlug", hasItem("north-west"));
        asAdmin()
                .get("/api/members/" + member.id() + "/personal-data")
                .then()
                .statusCode(200)
                .body("member.id", equalTo(member.id()));
        as(TestTokens.bearer("stranger", "member"))
                .get("/api/members/" + member.id() + "/personal-data")
                .then()
                .statusCode(404);
    }

    @Test
    void erasureLeavesNothingPersonalInAnyTableAndTellsOtherServices() throws Exception {
        String email = MemberResourceTest.uniqueEmail();
        Map<String, Object> body = new HashMap<>(MemberResourceTest.newMember(email));
        body.put("givenName", "Ulrika");
        body.put("familyName", "Erasmus-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("jobTitle", "Head of Flow " + UUID.randomUUID().toString().substring(0, 8));
        String id = asAdmin()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post("/api/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Registered member = new Registered(id, email);
        String subject = "person-" + UUID.randomUUID();
        String self = TestTokens.forSubject(subject)
                .roles("member")
                .email(email, true)
                .bearer();
        as(self).get("/api/members/me").then().statusCode(200);
        NetworkTest.join("london", member);
        // The person is an admin too: what they did to another member's record names them
        String selfAsAdmin = TestTokens.forSubject(subject)
                .roles("member", "admin")
                .email(email, true)
                .bearer();
        String other = as(selfAsAdmin)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(MemberResourceTest.newMember(MemberResourceTest.uniqueEmail()))
                .post("/api/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(selfAsAdmin)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "LAPSED", "reason", "Stopped paying"))
                .post("/api/members/" + other + "/status-changes")
                .then()
                .statusCode(200);
        as(self).contentType(ContentType.JSON)
                .body(Map.of("status", "LEFT", "reason", "Moving abroad"))
                .post("/api/members/" + id + "/status-changes")
                .then()
                .statusCode(200);
        List<String> identifying = List.of(
                email, body.get("familyName").toString(), body.get("jobTitle").toString(), subject, "Moving abroad");
        assertThat(mentionsInAnyTable(identifying))
                .as("the sweep finds the person before erasure")
                .containsKeys(
                        "member.email: " + email,
                        "member_status_change.changed_by: " + subject,
                        "idempotency_record.scope: " + subject);

        as(TestTokens.bearer("stranger", "member"))
                .delete("/api/members/" + id)
                .then()
                .statusCode(404);
        as(self).delete("/api/members/me").then().statusCode(204);

        as(self).get("/api/members/me").then().statusCode(404);
        asAdmin().get("/api/members/" + id).then().statusCode(404);
        asAdmin().delete("/api/members/" + id).then().statusCode(404);
        asAdmin()
                .queryParam("q", body.get("familyName"))
                .get("/api/members")
                .then()
                .body("totalItems", equalTo(0));

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

        await().atMost(WAIT).until(() -> IdentityProviderAdminFake.deleted(subject));
        await().atMost(WAIT).until(() -> pendingAccountRemovals(subject) == 0);
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
        Registered member = MemberAccessTest.register("MIDLANDS", false);
        String subject = "person-" + UUID.randomUUID();
        as(TestTokens.forSubject(subject)
                        .roles("member")
                        .email(member.email(), true)
                        .bearer())
                .get("/api/members/me")
                .then()
                .statusCode(200);
        IdentityProviderAdminFake.setAvailable(false);
        try {
            asAdmin().delete("/api/members/" + member.id()).then().statusCode(204);
            await().atMost(WAIT).until(() -> failedAttempts(subject) > 0);
            assertThat(IdentityProviderAdminFake.deleted(subject)).isFalse();
        } finally {
            IdentityProviderAdminFake.setAvailable(true);
        }
        // The wait after one failure is the interval (1 s in tests), so the next try comes soon
        await().atMost(WAIT).until(() -> IdentityProviderAdminFake.deleted(subject));
        await().atMost(WAIT).until(() -> pendingAccountRemovals(subject) == 0);
    }

    @Test
    void onlyAdminsAndTheMemberThemselfErase() {
        Registered member = MemberAccessTest.register("SOUTH_EAST", false);
        as(TestTokens.bearer("lead", "member", "network-lead"))
                .delete("/api/members/" + member.id())
                .then()
                .statusCode(404);
        as(TestTokens.bearer("nobody-" + UUID.randomUUID(), "member"))
                .delete("/api/members/me")
                .then()
                .statusCode(404);
        asAdmin().delete("/api/members/" + member.id()).then().statusCode(204);
        asAdmin().get("/api/members/" + member.id() + "/status-changes").then().statusCode(404);
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
