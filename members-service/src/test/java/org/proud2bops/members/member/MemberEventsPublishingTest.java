package org.proud2bops.members.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.members.MembersTestData.as;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.registerMember;
import static org.proud2bops.members.MembersTestData.registeredMemberId;
import static org.proud2bops.members.MembersTestData.uniqueEmail;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.NewMember;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.TestLinks;
import org.proud2bops.platform.testing.TestTokens;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** What registering, changing and linking a member publishes on members.member.v1. */
@QuarkusTest
@WithPlatformInfrastructure
class MemberEventsPublishingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void registeringPublishesMemberJoinedAsABinaryCloudEvent() {
        String memberId = registeredMemberId(NewMember.any());

        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord(
                KafkaTestResource.bootstrapServers(), "members.member.v1", r -> memberId.equals(r.key()), WAIT);

        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("org.proud2bops.members.MemberJoined");
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/members-service");
        assertThat(KafkaTestClient.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTestClient.header(record, "ce_id")).isNotBlank();
        assertThat(Instant.parse(KafkaTestClient.header(record, "ce_time"))).isBeforeOrEqualTo(Instant.now());
        assertThat(KafkaTestClient.header(record, "content-type")).isEqualTo("application/json");
        JsonPath payload = JsonPath.from(record.value());
        assertThat(payload.getString("memberId")).isEqualTo(memberId);
        assertThat(payload.getString("displayName")).isEqualTo("Aisha Okafor");
        assertThat(record.value()).doesNotContain("@nhs.example");
    }

    @Test
    void updatingPublishesMemberUpdatedAfterMemberJoined() {
        String location = TestLinks.pathOf(registerMember(NewMember.any()).header("Location"));
        String memberId = location.substring(location.lastIndexOf('/') + 1);
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("""
                        {"region": "NORTH_WEST", "directoryVisible": true}""")
                .patch(location)
                .then()
                .statusCode(200);

        var records = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(), "members.member.v1", r -> memberId.equals(r.key()), 2, WAIT);

        assertThat(records)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly("org.proud2bops.members.MemberJoined", "org.proud2bops.members.MemberUpdated");
        assertThat(JsonPath.from(records.get(0).value()).getBoolean("directoryVisible"))
                .isFalse();
        assertThat(JsonPath.from(records.get(1).value()).getString("region")).isEqualTo("NORTH_WEST");
        assertThat(JsonPath.from(records.get(1).value()).getBoolean("directoryVisible"))
                .isTrue();
    }

    @Test
    void linkingAMemberToTheirSignInPublishesTheAccountSubject() {
        String email = uniqueEmail();
        String memberId = registeredMemberId(NewMember.withEmail(email));
        String subject = "person-" + memberId;

        as(TestTokens.forSubject(subject).roles("member").email(email, true).bearer())
                .get("/api/members/me")
                .then()
                .statusCode(200);

        var records = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(), "members.member.v1", r -> memberId.equals(r.key()), 2, WAIT);
        assertThat(JsonPath.from(records.get(0).value()).getString("accountSubject"))
                .isNull();
        assertThat(KafkaTestClient.header(records.get(1), "ce_type"))
                .isEqualTo("org.proud2bops.members.MemberAccountLinked");
        assertThat(JsonPath.from(records.get(1).value()).getString("accountSubject"))
                .isEqualTo(subject);
        as(TestTokens.bearer(subject, "member"))
                .get("/api/members/me")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"");
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstOutcome() {
        NewMember body = NewMember.any();
        String key = "register-" + body.email();

        String firstId = asAdmin()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        asAdmin()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/members")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(firstId));
        NewMember otherBody = NewMember.any();
        asAdmin()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(otherBody)
                .post("/api/members")
                .then()
                .spec(problem(ProblemType.IDEMPOTENCY_KEY_REUSED));
    }
}
