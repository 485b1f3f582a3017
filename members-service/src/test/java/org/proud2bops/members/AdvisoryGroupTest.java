package org.proud2bops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.members.Callers.as;
import static org.proud2bops.members.Callers.asAdmin;
import static org.proud2bops.members.TestDocuments.DOCX_TYPE;
import static org.proud2bops.members.TestDocuments.PDF_TYPE;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MemberAccessTest.Registered;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class AdvisoryGroupTest {

    static final byte[] PDF = TestDocuments.pdf();
    static final byte[] DOCX = TestDocuments.docx();

    static String createCall(Instant opensAt, Instant closesAt) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Advisory Group 2027",
                        "description",
                        "Help steer the network; three meetings a year, attend at least 75%.",
                        "opensAt",
                        opensAt.toString(),
                        "closesAt",
                        closesAt.toString(),
                        "termStartsOn",
                        "2027-01-01",
                        "termEndsOn",
                        "2099-12-31"))
                .post("/api/advisory-group/calls")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static RequestSpecification withDocuments(
            String token, byte[] cv, String cvType, byte[] letter, String letterType) {
        return as(token)
                .multiPart("cv", "cv.pdf", cv, cvType)
                .multiPart("coveringLetter", "letter.docx", letter, letterType);
    }

    @Test
    void anActiveMemberAppliesWithAPdfAndADocxAndMayWithdrawBeforeTheDeadline() {
        Instant now = Instant.now();
        String callId = createCall(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
        Registered member = MemberAccessTest.register("LONDON", false);
        String self = MemberAccessTest.personOf(member);

        String applicationId = withDocuments(self, PDF, PDF_TYPE, DOCX, DOCX_TYPE)
                .post("/api/advisory-group/calls/" + callId + "/applications")
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("documents.kind", equalTo(List.of("CV", "COVERING_LETTER")))
                .body("documents[1].contentType", equalTo(DOCX_TYPE))
                .extract()
                .path("id");
        withDocuments(self, PDF, PDF_TYPE, DOCX, DOCX_TYPE)
                .post("/api/advisory-group/calls/" + callId + "/applications")
                .then()
                .statusCode(409);

        byte[] downloaded = as(self).get("/api/advisory-group/applications/" + applicationId + "/documents/CV")
                .then()
                .statusCode(200)
                .contentType(PDF_TYPE)
                .extract()
                .asByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        as(TestTokens.bearer("stranger", "member"))
                .get("/api/advisory-group/applications/" + applicationId)
                .then()
                .statusCode(404);
        as(TestTokens.bearer("stranger", "member"))
                .post("/api/advisory-group/applications/" + applicationId + "/withdrawal")
                .then()
                .statusCode(404);

        as(self).post("/api/advisory-group/applications/" + applicationId + "/withdrawal")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        withDocuments(self, PDF, PDF_TYPE, PDF, PDF_TYPE)
                .post("/api/advisory-group/calls/" + callId + "/applications")
                .then()
                .statusCode(201);
    }

    @Test
    void afterTheDeadlineNobodyAppliesOrWithdrawsAndAdminsDecide() {
        Instant now = Instant.now();
        String callId = createCall(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
        Registered member = MemberAccessTest.register("MIDLANDS", false);
        String self = MemberAccessTest.personOf(member);
        String applicationId = withDocuments(self, PDF, PDF_TYPE, DOCX, DOCX_TYPE)
                .post("/api/advisory-group/calls/" + callId + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "title",
                        "Advisory Group 2027",
                        "description",
                        "Closed early.",
                        "opensAt",
                        now.minus(2, ChronoUnit.HOURS).toString(),
                        "closesAt",
                        now.minus(1, ChronoUnit.MINUTES).toString(),
                        "termStartsOn",
                        "2027-01-01",
                        "termEndsOn",
                        "2099-12-31"))
                .put("/api/advisory-group/calls/" + callId)
                .then()
                .statusCode(200)
                .body("open", equalTo(false));

        String other = MemberAccessTest.personOf(MemberAccessTest.register("MIDLANDS", false));
        withDocuments(other, PDF, PDF_TYPE, DOCX, DOCX_TYPE)
                .post("/api/advisory-group/calls/" + callId + "/applications")
                .then()
                .spec(problem(ProblemType.OUTSIDE_DEADLINE));
        as(self).post("/api/advisory-group/applications/" + applicationId + "/withdrawal")
                .then()
                .statusCode(409);

        as(self).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPTED"))
                .post("/api/advisory-group/applications/" + applicationId + "/decision")
                .then()
                .statusCode(403);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPTED"))
                .post("/api/advisory-group/applications/" + applicationId + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "DECLINED"))
                .post("/api/advisory-group/applications/" + applicationId + "/decision")
                .then()
                .statusCode(409);
        as(self).queryParam("size", 100)
                .get("/api/advisory-group/members")
                .then()
                .statusCode(200)
                .body("items.memberId", hasItem(member.id()))
                .body("items.termEndsOn", hasItem("2099-12-31"));
        as(self).get("/api/members/me/personal-data")
                .then()
                .statusCode(200)
                .body("advisoryApplications[0].status", equalTo("ACCEPTED"))
                .body("advisoryApplications[0].documents.fileName", hasItem("cv-" + applicationId + ".pdf"));

        as(self).delete("/api/members/me").then().statusCode(204);
        asAdmin()
                .queryParam("size", 100)
                .get("/api/advisory-group/members")
                .then()
                .body("items.memberId", not(hasItem(member.id())));
        asAdmin()
                .get("/api/advisory-group/applications/" + applicationId)
                .then()
                .statusCode(404);
    }

    @Test
    void aCallNotYetOpenRefusesApplicationsAndBadCallsAreRefused() {
        Instant now = Instant.now();
        String callId = createCall(now.plus(1, ChronoUnit.DAYS), now.plus(10, ChronoUnit.DAYS));
        String self = MemberAccessTest.personOf(MemberAccessTest.register("LONDON", false));
        withDocuments(self, PDF, PDF_TYPE, DOCX, DOCX_TYPE)
                .post("/api/advisory-group/calls/" + callId + "/applications")
                .then()
                .spec(problem(ProblemType.OUTSIDE_DEADLINE));

        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Backwards",
                        "description",
                        "x",
                        "opensAt",
                        now.toString(),
                        "closesAt",
                        now.minus(1, ChronoUnit.DAYS).toString(),
                        "termStartsOn",
                        "2027-01-01",
                        "termEndsOn",
                        "2028-01-01"))
                .post("/api/advisory-group/calls")
                .then()
                .statusCode(400)
                .body("field", equalTo("closesAt"));
        as(TestTokens.bearer("someone", "member"))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "x"))
                .post("/api/advisory-group/calls")
                .then()
                .statusCode(403);
    }
}
