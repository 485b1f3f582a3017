package org.proud2bops.members.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.members.MembersTestData.PDF;
import static org.proud2bops.members.MembersTestData.advisoryApplication;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.asStranger;
import static org.proud2bops.members.MembersTestData.createCall;
import static org.proud2bops.members.MembersTestData.member;
import static org.proud2bops.members.MembersTestData.openCall;
import static org.proud2bops.members.MembersTestData.withDocuments;
import static org.proud2bops.members.MembersTestData.withPdfAndDocx;
import static org.proud2bops.members.advisory.TestDocuments.DOCX_TYPE;
import static org.proud2bops.members.advisory.TestDocuments.PDF_TYPE;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.AdvisoryCall;
import org.proud2bops.members.MembersTestData.Directory;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.TestLinks;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** Calls for the advisory group, members' applications to them, and admins' decisions. */
@QuarkusTest
@WithPlatformInfrastructure
class AdvisoryGroupApiTest {

    private static final String APPLICATIONS = "/api/advisory-group/calls/{callId}/applications";
    private static final String APPLICATION = "/api/advisory-group/applications/{id}";
    private static final String DOCUMENT = "/api/advisory-group/applications/{id}/documents/{kind}";
    private static final String WITHDRAWAL = "/api/advisory-group/applications/{id}/withdrawal";
    private static final String DECISION = "/api/advisory-group/applications/{id}/decision";

    private static RequestSpecification deciding(RequestSpecification caller, String outcome) {
        return caller.contentType(ContentType.JSON).body("""
                {"outcome": "%s"}""".formatted(outcome));
    }

    @Test
    void anActiveMemberAppliesOnceWithAPdfAndADocx() {
        String callId = openCall();
        Member member = member("LONDON", Directory.UNLISTED);

        ExtractableResponse<Response> submitted = withPdfAndDocx(member.asThem())
                .post(APPLICATIONS, callId)
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("documents.kind", equalTo(List.of("CV", "COVERING_LETTER")))
                .body("documents[1].contentType", equalTo(DOCX_TYPE))
                .extract();
        String applicationId = submitted.path("id");
        member.asThem()
                .get(TestLinks.pathOf(submitted.header("Location")))
                .then()
                .statusCode(200)
                .body("id", equalTo(applicationId));
        withPdfAndDocx(member.asThem()).post(APPLICATIONS, callId).then().statusCode(409);

        byte[] downloaded = member.asThem()
                .get(DOCUMENT, applicationId, "CV")
                .then()
                .statusCode(200)
                .contentType(PDF_TYPE)
                .extract()
                .asByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        asStranger().get(APPLICATION, applicationId).then().statusCode(404);
    }

    @Test
    void anApplicantMayWithdrawBeforeTheDeadlineAndApplyAgain() {
        String callId = openCall();
        Member member = member("LONDON", Directory.UNLISTED);
        String applicationId = advisoryApplication(member, callId);

        asStranger().post(WITHDRAWAL, applicationId).then().statusCode(404);
        member.asThem().post(WITHDRAWAL, applicationId).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        withDocuments(member.asThem(), PDF, PDF_TYPE, PDF, PDF_TYPE)
                .post(APPLICATIONS, callId)
                .then()
                .statusCode(201);
    }

    @Test
    void afterTheDeadlineNobodyAppliesOrWithdrawsAndAdminsDecide() {
        Instant now = Instant.now();
        String callId = createCall(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
        Member member = member("MIDLANDS", Directory.UNLISTED);
        String applicationId = advisoryApplication(member, callId);

        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(AdvisoryCall.between(now.minus(2, ChronoUnit.HOURS), now.minus(1, ChronoUnit.MINUTES))
                        .describedAs("Closed early."))
                .put("/api/advisory-group/calls/{callId}", callId)
                .then()
                .statusCode(200)
                .body("open", equalTo(false));

        Member other = member("MIDLANDS", Directory.UNLISTED);
        withPdfAndDocx(other.asThem()).post(APPLICATIONS, callId).then().spec(problem(ProblemType.OUTSIDE_DEADLINE));
        member.asThem().post(WITHDRAWAL, applicationId).then().statusCode(409);

        deciding(member.asThem(), "ACCEPTED")
                .post(DECISION, applicationId)
                .then()
                .statusCode(403);
        deciding(asAdmin(), "ACCEPTED")
                .post(DECISION, applicationId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        deciding(asAdmin(), "DECLINED").post(DECISION, applicationId).then().statusCode(409);
        member.asThem()
                .queryParam("size", 100)
                .get("/api/advisory-group/members")
                .then()
                .statusCode(200)
                .body("items.memberId", hasItem(member.id()))
                .body("items.termEndsOn", hasItem("2099-12-31"));
        member.asThem()
                .get("/api/members/me/personal-data")
                .then()
                .statusCode(200)
                .body("advisoryApplications[0].status", equalTo("ACCEPTED"))
                .body("advisoryApplications[0].documents.fileName", hasItem("cv-" + applicationId + ".pdf"));

        member.asThem().delete("/api/members/me").then().statusCode(204);
        asAdmin()
                .queryParam("size", 100)
                .get("/api/advisory-group/members")
                .then()
                .body("items.memberId", not(hasItem(member.id())));
        asAdmin().get(APPLICATION, applicationId).then().statusCode(404);
    }

    @Test
    void aCallNotYetOpenRefusesApplicationsAndBadCallsAreRefused() {
        Instant now = Instant.now();
        String callId = createCall(now.plus(1, ChronoUnit.DAYS), now.plus(10, ChronoUnit.DAYS));
        Member member = member("LONDON", Directory.UNLISTED);
        withPdfAndDocx(member.asThem()).post(APPLICATIONS, callId).then().spec(problem(ProblemType.OUTSIDE_DEADLINE));

        asAdmin()
                .contentType(ContentType.JSON)
                .body(new AdvisoryCall(
                        "Backwards",
                        "x",
                        now.toString(),
                        now.minus(1, ChronoUnit.DAYS).toString(),
                        "2027-01-01",
                        "2028-01-01"))
                .post("/api/advisory-group/calls")
                .then()
                .statusCode(400)
                .body("field", equalTo("closesAt"));
        asStranger()
                .contentType(ContentType.JSON)
                .body("""
                        {"title": "x"}""")
                .post("/api/advisory-group/calls")
                .then()
                .statusCode(403);
    }
}
