package org.proud2bops.members.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.proud2bops.members.MembersTestData.PRIVACY_NOTICE;
import static org.proud2bops.members.MembersTestData.applicant;
import static org.proud2bops.members.MembersTestData.as;
import static org.proud2bops.members.MembersTestData.asStranger;
import static org.proud2bops.members.MembersTestData.createTrustNetwork;
import static org.proud2bops.members.MembersTestData.leadOf;
import static org.proud2bops.members.MembersTestData.uniqueEmail;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.Applicant;
import org.proud2bops.members.MembersTestData.Application;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.members.MembersTestData.StatusChange;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.TestLinks;
import org.proud2bops.platform.testing.TestTokens;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** A person applies for membership, and a lead of their network (or an admin) decides. */
@QuarkusTest
@WithPlatformInfrastructure
class MembershipApplicationApiTest {

    private static RequestSpecification asApplicantWithEmail(String email, boolean verified) {
        return as(TestTokens.forSubject("applicant-" + UUID.randomUUID())
                .roles("member")
                .email(email, verified)
                .bearer());
    }

    @Test
    void anApplicationTakesTheTokensVerifiedEmailAndRecordsConsent() {
        String email = uniqueEmail();
        RequestSpecification person = asApplicantWithEmail(email, true);

        person.contentType(ContentType.JSON)
                .body(Application.at("RJ1"))
                .post("/api/members/applications")
                .then()
                .statusCode(201)
                .header("Location", equalTo(TestLinks.TEST_BASE_URL + "/api/members/me"))
                .body("status", equalTo("APPLIED"))
                .body("email", equalTo(email))
                .body("region", equalTo("LONDON"))
                .body("organisation.name", equalTo("Guy's and St Thomas' NHS Foundation Trust"))
                .body("consent.privacyNoticeVersion", equalTo(PRIVACY_NOTICE))
                .body("consent.acceptedAt", notNullValue())
                .body("communicationPreferences.newsEmails", equalTo(true))
                .body("communicationPreferences.eventEmails", equalTo(false))
                .body("joinedAt", nullValue());
    }

    @Test
    void anApplicantSeesTheirApplicationAndCannotApplyAgain() {
        Applicant applicant = applicant("RJ1");

        applicant.asThem().get("/api/members/me").then().statusCode(200).body("status", equalTo("APPLIED"));
        applicant
                .asThem()
                .contentType(ContentType.JSON)
                .body(Application.at("RJ1"))
                .post("/api/members/applications")
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));
    }

    @Test
    void anApplicationNeedsAVerifiedEmail() {
        asApplicantWithEmail(uniqueEmail(), false)
                .contentType(ContentType.JSON)
                .body(Application.at("RJ1"))
                .post("/api/members/applications")
                .then()
                .statusCode(403);
    }

    @Test
    void anApplicationNeedsTheCurrentNoticeAndOneKnownOrganisation() {
        String token = TestTokens.forSubject("applicant-" + UUID.randomUUID())
                .roles("member")
                .email(uniqueEmail(), true)
                .bearer();

        as(token)
                .contentType(ContentType.JSON)
                .body(Application.at("RJ1").acceptingNotice("2019-01"))
                .post("/api/members/applications")
                .then()
                .statusCode(400)
                .body("field", equalTo("privacyNoticeVersion"));
        as(token)
                .contentType(ContentType.JSON)
                .body(Application.at("ZZ99"))
                .post("/api/members/applications")
                .then()
                .statusCode(400)
                .body("field", equalTo("organisationOdsCode"));
        as(token)
                .contentType(ContentType.JSON)
                .body(Application.at("RJ1").proposing("Somewhere Else"))
                .post("/api/members/applications")
                .then()
                .statusCode(400)
                .body("field", equalTo("organisation"));
        as(token)
                .contentType(ContentType.JSON)
                .body(Application.at(null))
                .post("/api/members/applications")
                .then()
                .statusCode(400)
                .body("field", equalTo("region"));
        as(token).get("/api/members/me").then().statusCode(404);
    }

    @Test
    void onlyLeadsOfTheApplicantsRegionalNetworkSeeTheApplication() {
        Applicant applicant = applicant("R1H");
        Member londonLead = leadOf("london");
        Member midlandsLead = leadOf("midlands");

        londonLead
                .asThem()
                .queryParam("size", 100)
                .get("/api/members/applications")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(applicant.id()));
        midlandsLead
                .asThem()
                .queryParam("size", 100)
                .get("/api/members/applications")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(applicant.id())));
        asStranger().get("/api/members/applications").then().statusCode(403);
    }

    @Test
    void theLeadOfTheApplicantsRegionalNetworkApproves() {
        Applicant applicant = applicant("R1H");
        Member londonLead = leadOf("london");
        Member midlandsLead = leadOf("midlands");

        midlandsLead
                .asThem()
                .contentType(ContentType.JSON)
                .body(new StatusChange("ACTIVE", null))
                .post("/api/members/{id}/status-changes", applicant.id())
                .then()
                .statusCode(404);
        londonLead
                .asThem()
                .contentType(ContentType.JSON)
                .body(new StatusChange("ACTIVE", "Welcome"))
                .post("/api/members/{id}/status-changes", applicant.id())
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
        createTrustNetwork("RRU");
        Applicant applicant = applicant("RRU");
        Member trustLead = leadOf("p2b-at-rru");

        trustLead
                .asThem()
                .contentType(ContentType.JSON)
                .body(new StatusChange("DECLINED", "Please apply once in post"))
                .post("/api/members/{id}/status-changes", applicant.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
    }
}
