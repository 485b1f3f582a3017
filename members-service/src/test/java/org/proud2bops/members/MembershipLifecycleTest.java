package org.proud2bops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.proud2bops.members.Callers.as;
import static org.proud2bops.members.Callers.asAdmin;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MemberAccessTest.Registered;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class MembershipLifecycleTest {

    static final String PRIVACY_NOTICE = "2026-01";

    record Applicant(String id, String subject, String token) {}

    static Map<String, Object> application(String odsCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", "Priya");
        body.put("familyName", "Shah");
        body.put("jobTitle", "Service Manager, Outpatients");
        body.put("roleLevel", "SERVICE_MANAGER");
        body.put("organisationOdsCode", odsCode);
        body.put("communicationPreferences", Map.of("newsEmails", true));
        body.put("privacyNoticeVersion", PRIVACY_NOTICE);
        return body;
    }

    static Applicant apply(String odsCode) {
        String subject = "applicant-" + UUID.randomUUID();
        String token = TestTokens.forSubject(subject)
                .roles("member")
                .email(MemberResourceTest.uniqueEmail(), true)
                .bearer();
        String id = as(token)
                .contentType(ContentType.JSON)
                .body(application(odsCode))
                .post("/api/members/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Applicant(id, subject, token);
    }

    static String leadOf(String network) {
        Registered lead = MemberAccessTest.register("LONDON", true);
        NetworkTest.join(network, lead);
        asAdmin().put("/api/networks/" + network + "/leads/" + lead.id()).then().statusCode(200);
        return NetworkTest.personOf(lead, "member", "network-lead");
    }

    static Map<String, String> status(String status, String reason) {
        Map<String, String> body = new HashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        return body;
    }

    @Test
    void aPersonAppliesWithTheVerifiedEmailOfTheirTokenAndAcceptsThePrivacyNotice() {
        String email = MemberResourceTest.uniqueEmail();
        String token = TestTokens.forSubject("applicant-" + UUID.randomUUID())
                .roles("member")
                .email(email, true)
                .bearer();

        as(token)
                .contentType(ContentType.JSON)
                .body(application("RJ1"))
                .post("/api/members/applications")
                .then()
                .statusCode(201)
                .body("status", equalTo("APPLIED"))
                .body("email", equalTo(email))
                .body("region", equalTo("LONDON"))
                .body("organisation.name", equalTo("Guy's and St Thomas' NHS Foundation Trust"))
                .body("consent.privacyNoticeVersion", equalTo(PRIVACY_NOTICE))
                .body("consent.acceptedAt", notNullValue())
                .body("communicationPreferences.newsEmails", equalTo(true))
                .body("communicationPreferences.eventEmails", equalTo(false))
                .body("joinedAt", nullValue());
        as(token).get("/api/members/me").then().statusCode(200).body("status", equalTo("APPLIED"));
        as(token)
                .contentType(ContentType.JSON)
                .body(application("RJ1"))
                .post("/api/members/applications")
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));
    }

    @Test
    void anApplicationNeedsAVerifiedEmailTheCurrentNoticeAndAKnownOrganisation() {
        String unverified = TestTokens.forSubject("applicant-" + UUID.randomUUID())
                .roles("member")
                .email(MemberResourceTest.uniqueEmail(), false)
                .bearer();
        as(unverified)
                .contentType(ContentType.JSON)
                .body(application("RJ1"))
                .post("/api/members/applications")
                .then()
                .statusCode(403);

        String token = TestTokens.forSubject("applicant-" + UUID.randomUUID())
                .roles("member")
                .email(MemberResourceTest.uniqueEmail(), true)
                .bearer();
        Map<String, Object> oldNotice = application("RJ1");
        oldNotice.put("privacyNoticeVersion", "2019-01");
        as(token)
                .contentType(ContentType.JSON)
                .body(oldNotice)
                .post("/api/members/applications")
                .then()
                .statusCode(400)
                .body("field", equalTo("privacyNoticeVersion"));
        as(token)
                .contentType(ContentType.JSON)
                .body(application("ZZ99"))
                .post("/api/members/applications")
                .then()
                .statusCode(400)
                .body("field", equalTo("organisationOdsCode"));
        Map<String, Object> both = application("RJ1");
        both.put("proposedOrganisation", "Somewhere Else");
        as(token)
                .contentType(ContentType.JSON)
                .body(both)
                .post("/api/members/applications")
                .then()
                .statusCode(400)
                .body("field", equalTo("organisation"));
        Map<String, Object> noRegion = application(null);
        as(token)
                .contentType(ContentType.JSON)
                .body(noRegion)
                .post("/api/members/applications")
                .then()
                .statusCode(400)
                .body("field", equalTo("region"));
        as(token).get("/api/members/me").then().statusCode(404);
    }

    @Test
    void theLeadOfTheApplicantsRegionalNetworkApprovesAndOtherLeadsCannotSeeTheApplication() {
        Applicant applicant = apply("R1H");
        String londonLead = leadOf("london");
        String midlandsLead = leadOf("midlands");

        as(londonLead)
                .queryParam("size", 100)
                .get("/api/members/applications")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(applicant.id()));
        as(midlandsLead)
                .queryParam("size", 100)
                .get("/api/members/applications")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(applicant.id())));
        as(TestTokens.bearer("plain-member", "member"))
                .get("/api/members/applications")
                .then()
                .statusCode(403);

        as(midlandsLead)
                .contentType(ContentType.JSON)
                .body(status("ACTIVE", null))
                .post("/api/members/" + applicant.id() + "/status-changes")
                .then()
                .statusCode(404);
        as(londonLead)
                .contentType(ContentType.JSON)
                .body(status("ACTIVE", "Welcome"))
                .post("/api/members/" + applicant.id() + "/status-changes")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("joinedAt", notNullValue());

        List<ConsumerRecord<String, String>> events = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                "members.member.v1",
                r -> applicant.id().equals(r.key()),
                2,
                Duration.ofSeconds(20));
        assertThat(events)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly("org.proud2bops.members.MemberStatusChanged", "org.proud2bops.members.MemberJoined");
        JsonPath statusChanged = JsonPath.from(events.get(0).value());
        assertThat(statusChanged.getString("fromStatus")).isEqualTo("APPLIED");
        assertThat(statusChanged.getString("toStatus")).isEqualTo("ACTIVE");
        assertThat(JsonPath.from(events.get(1).value()).getString("organisationOdsCode"))
                .isEqualTo("R1H");
    }

    @Test
    void aLeadOfTheApplicantsTrustNetworkMayDecideToo() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("odsCode", "RRU")).post("/api/networks");
        Applicant applicant = apply("RRU");
        String trustLead = leadOf("p2b-at-rru");

        as(trustLead)
                .contentType(ContentType.JSON)
                .body(status("DECLINED", "Please apply once in post"))
                .post("/api/members/" + applicant.id() + "/status-changes")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
    }

    @Test
    void decliningNeedsAReasonAndEveryStepIsKeptWithWhoAndWhen() {
        Applicant applicant = apply("RJ1");

        asAdmin()
                .contentType(ContentType.JSON)
                .body(status("DECLINED", " "))
                .post("/api/members/" + applicant.id() + "/status-changes")
                .then()
                .statusCode(400)
                .body("field", equalTo("reason"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(status("DECLINED", "Not an operational role"))
                .post("/api/members/" + applicant.id() + "/status-changes")
                .then()
                .statusCode(200);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(status("ACTIVE", null))
                .post("/api/members/" + applicant.id() + "/status-changes")
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));

        as(applicant.token())
                .contentType(ContentType.JSON)
                .body(application("RJ1"))
                .post("/api/members/applications")
                .then()
                .statusCode(201)
                .body("id", equalTo(applicant.id()))
                .body("status", equalTo("APPLIED"));
        as(applicant.token())
                .get("/api/members/" + applicant.id() + "/status-changes")
                .then()
                .statusCode(200)
                .body("toStatus", equalTo(List.of("APPLIED", "DECLINED", "APPLIED")))
                .body("[1].reason", equalTo("Not an operational role"))
                .body("[1].changedBy", equalTo("admin-subject"))
                .body("[0].changedBy", equalTo(applicant.subject()));
    }

    @Test
    void membersMoveThroughTheLifecycleAndMayOnlyLeaveThemselves() {
        Registered member = MemberAccessTest.register("SOUTH_WEST", false);
        String self = MemberAccessTest.personOf(member);
        String path = "/api/members/" + member.id() + "/status-changes";

        as(self).contentType(ContentType.JSON)
                .body(status("SUSPENDED", null))
                .post(path)
                .then()
                .statusCode(403);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(status("LAPSED", "Renewal missed"))
                .post(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("LAPSED"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(status("SUSPENDED", null))
                .post(path)
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(status("ACTIVE", null))
                .post(path)
                .then()
                .statusCode(200);
        as(self).contentType(ContentType.JSON)
                .body(status("LEFT", "Retiring"))
                .post(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("LEFT"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(status("ERASED", null))
                .post(path)
                .then()
                .statusCode(400);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(status("RETIRED", null))
                .post(path)
                .then()
                .statusCode(400);
        as(TestTokens.bearer("stranger", "member")).get(path).then().statusCode(404);
    }
}
