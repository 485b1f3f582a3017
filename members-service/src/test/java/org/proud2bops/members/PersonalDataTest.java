package org.proud2bops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.proud2bops.members.Callers.as;
import static org.proud2bops.members.Callers.asAdmin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MemberAccessTest.Registered;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class PersonalDataTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aMemberDownloadsEverythingHeldAboutThemAndNobodyElseDoes() {
        Registered member = MemberAccessTest.register("NORTH_WEST", true);
        String self = MemberAccessTest.personOf(member);
        NetworkTest.join("north-west", member);

        as(self).get("/api/members/me/personal-data").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"proud2bops-personal-data-" + member.id() + ".json\""))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .body("member.email", equalTo(member.email()))
                .body("statusHistory[0].toStatus", equalTo("ACTIVE"))
                .body("networkMemberships.networkSlug", hasItem("north-west"));
        asAdmin().get("/api/members/" + member.id() + "/personal-data").then().statusCode(200)
                .body("member.id", equalTo(member.id()));
        as(TestTokens.bearer("stranger", "member")).get("/api/members/" + member.id() + "/personal-data")
                .then().statusCode(404);
    }

    @Test
    void erasureLeavesNothingPersonalAndTellsOtherServices() {
        String email = MemberResourceTest.uniqueEmail();
        Map<String, Object> body = new HashMap<>(MemberResourceTest.newMember(email));
        body.put("givenName", "Ulrika");
        body.put("familyName", "Erasmus-" + UUID.randomUUID().toString().substring(0, 8));
        String id = asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/members").then().statusCode(201).extract().path("id");
        Registered member = new Registered(id, email);
        String subject = "person-" + UUID.randomUUID();
        String self = TestTokens.forSubject(subject).roles("member").email(email, true).bearer();
        as(self).get("/api/members/me").then().statusCode(200);
        NetworkTest.join("london", member);
        as(self).contentType(ContentType.JSON).body(Map.of("status", "LEFT", "reason", "Moving abroad"))
                .post("/api/members/" + id + "/status-changes").then().statusCode(200);

        as(TestTokens.bearer("stranger", "member")).delete("/api/members/" + id).then().statusCode(404);
        as(self).delete("/api/members/me").then().statusCode(204);

        as(self).get("/api/members/me").then().statusCode(404);
        asAdmin().get("/api/members/" + id).then().statusCode(404);
        asAdmin().delete("/api/members/" + id).then().statusCode(404);
        asAdmin().queryParam("q", body.get("familyName")).get("/api/members").then().body("totalItems", equalTo(0));

        ConsumerRecord<String, String> erased = KafkaTestClient.awaitRecord(KafkaTestResource.bootstrapServers(),
                "members.member.v1", r -> id.equals(r.key())
                        && "org.proud2bops.members.MemberErased".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(JsonPath.from(erased.value()).getString("memberId")).isEqualTo(id);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(rowsMentioning("member", email, body.get("familyName").toString(), subject)).isZero();
            assertThat(rowsMentioning("member_status_change", "Moving abroad", subject)).isZero();
            assertThat(rowsMentioning("idempotency_record", id, email)).isZero();
            assertThat(rowsMentioning("outbox_event", email, body.get("familyName").toString())).isZero();
            assertThat(count("select count(*) from network_membership where member_id = cast(?1 as uuid)", id)).isZero();
            assertThat(count("select count(*) from member_status_change where member_id = cast(?1 as uuid)", id))
                    .isEqualTo(3);
        });
    }

    @Test
    void onlyAdminsAndTheMemberThemselfErase() {
        Registered member = MemberAccessTest.register("SOUTH_EAST", false);
        as(TestTokens.bearer("lead", "member", "network-lead")).delete("/api/members/" + member.id())
                .then().statusCode(404);
        as(TestTokens.bearer("nobody-" + UUID.randomUUID(), "member")).delete("/api/members/me").then().statusCode(404);
        asAdmin().delete("/api/members/" + member.id()).then().statusCode(204);
        asAdmin().get("/api/members/" + member.id() + "/status-changes").then().statusCode(404);
    }

    /** Rows of the table whose text, in any column, contains any of the values. */
    private long rowsMentioning(String table, String... values) {
        StringBuilder where = new StringBuilder("false");
        for (int i = 0; i < values.length; i++) {
            where.append(" or t::text ilike ?").append(i + 1);
        }
        var query = entityManager.createNativeQuery("select count(*) from " + table + " t where " + where);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, "%" + values[i] + "%");
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private long count(String sql, Object parameter) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
