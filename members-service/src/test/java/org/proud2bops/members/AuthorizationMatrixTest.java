package org.proud2bops.members;

import static java.util.Map.entry;
import static org.proud2bops.members.Callers.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MemberAccessTest.Registered;
import org.proud2bops.platform.testing.authorization.AuthorizationMatrix;
import org.proud2bops.platform.testing.authorization.AuthorizationMatrix.Request;

/**
 * Every operation of the members API called as every kind of caller on someone else's objects, against the table in
 * {@code authorization-matrix.csv}. An operation without a row (or a row without an operation) fails, as does an
 * operation whose "Who may:" sentence does not name a caller the table allows.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @Test
    void everyOperationAnswersEveryKindOfCallerAsTheTableSays() {
        AuthorizationMatrix.verify("authorization-matrix.csv", requests(new AuthorizationFixture()));
    }

    private static Map<String, Request> requests(AuthorizationFixture f) {
        return Map.ofEntries(
                entry(
                        "registerMember",
                        c -> json(f.request(c))
                                .body(MemberResourceTest.newMember(MemberResourceTest.uniqueEmail()))
                                .post("/api/members")),
                entry("getOwnMember", c -> f.request(c).get("/api/members/me")),
                entry(
                        "updateOwnMember",
                        c -> json(f.request(c))
                                .header(
                                        "If-Match",
                                        orNone(AuthorizationFixture.etagOf(f.request(c), "/api/members/me")))
                                .body(Map.of("jobTitle", "Head of Operations"))
                                .patch("/api/members/me")),
                entry("getMember", c -> f.request(c).get("/api/members/" + f.otherMember.id())),
                entry("listMembers", c -> f.request(c).get("/api/members")),
                entry(
                        "updateMember",
                        c -> json(f.request(c))
                                .header("If-Match", "\"0\"")
                                .body(Map.of("jobTitle", "Head of Operations"))
                                .patch("/api/members/" + f.otherMember().id())),
                entry(
                        "importMembers",
                        c -> f.request(c)
                                .contentType("text/csv")
                                .queryParam("dryRun", true)
                                .body("givenName,familyName,email\nSam,Jones," + MemberResourceTest.uniqueEmail()
                                        + "\n")
                                .post("/api/members/imports")),
                entry("exportMembers", c -> f.request(c).get("/api/members/export")),
                entry("getMemberFigures", c -> f.request(c).get("/api/members/figures")),
                entry("searchDirectory", c -> f.request(c).get("/api/members/directory")),
                entry(
                        "applyForMembership",
                        c -> json(f.requestAsNew(c))
                                .body(MembershipLifecycleTest.application("RJ1"))
                                .post("/api/members/applications")),
                entry("listMembershipApplications", c -> f.request(c).get("/api/members/applications")),
                entry(
                        "changeMemberStatus",
                        c -> json(f.request(c))
                                .body(MembershipLifecycleTest.status("LAPSED", "did not renew"))
                                .post("/api/members/" + f.otherMember().id() + "/status-changes")),
                entry(
                        "listMemberStatusChanges",
                        c -> f.request(c).get("/api/members/" + f.otherMember.id() + "/status-changes")),
                entry("exportOwnPersonalData", c -> f.request(c).get("/api/members/me/personal-data")),
                entry(
                        "exportMemberPersonalData",
                        c -> f.request(c).get("/api/members/" + f.otherMember.id() + "/personal-data")),
                entry("eraseOwnMember", c -> f.requestAsNew(c).delete("/api/members/me")),
                entry(
                        "eraseMember",
                        c -> f.request(c)
                                .delete("/api/members/" + f.otherMember().id())),
                entry("listOrganisations", c -> f.request(c).get("/api/organisations")),
                entry("getOrganisation", c -> f.request(c).get("/api/organisations/RJ1")),
                entry(
                        "createOrganisation",
                        c -> json(f.request(c))
                                .body(Map.of(
                                        "odsCode",
                                        "Y"
                                                + Long.toString(System.nanoTime() % 100_000_000L, 36)
                                                        .toUpperCase(),
                                        "name",
                                        "New Trust",
                                        "type",
                                        "COMMUNITY",
                                        "region",
                                        "LONDON"))
                                .post("/api/organisations")),
                entry("updateOrganisation", c -> {
                    String odsCode = f.organisation();
                    return json(f.request(c))
                            .header(
                                    "If-Match",
                                    AuthorizationFixture.etagOf(RestAssured.given(), "/api/organisations/" + odsCode))
                            .body(Map.of("name", "Renamed Trust", "type", "ACUTE", "region", "LONDON"))
                            .put("/api/organisations/" + odsCode);
                }),
                entry("listOrganisationProposals", c -> f.request(c).get("/api/organisations/proposals")),
                entry(
                        "decideOrganisationProposal",
                        c -> json(f.request(c))
                                .body(Map.of("outcome", "REJECTED"))
                                .post("/api/organisations/proposals/" + f.proposal() + "/decision")),
                entry("listNetworks", c -> f.request(c).get("/api/networks")),
                entry("getNetwork", c -> f.request(c).get("/api/networks/" + AuthorizationFixture.OTHERS_NETWORK)),
                entry(
                        "createTrustNetwork",
                        c -> json(f.request(c))
                                .body(Map.of("odsCode", f.organisation()))
                                .post("/api/networks")),
                entry(
                        "listNetworkMembers",
                        c -> f.request(c).get("/api/networks/" + AuthorizationFixture.OTHERS_NETWORK + "/members")),
                entry(
                        "joinNetwork",
                        c -> f.request(c)
                                .put("/api/networks/midlands/members/"
                                        + f.otherMember().id())),
                entry(
                        "leaveNetwork",
                        c -> f.request(c)
                                .delete("/api/networks/" + AuthorizationFixture.OTHERS_NETWORK + "/members/"
                                        + f.otherMember().id())),
                entry(
                        "appointLead",
                        c -> f.request(c)
                                .put("/api/networks/" + AuthorizationFixture.OTHERS_NETWORK + "/leads/"
                                        + f.otherMember().id())),
                entry("standLeadDown", c -> {
                    Registered lead = f.otherMember();
                    asAdmin()
                            .put("/api/networks/" + AuthorizationFixture.OTHERS_NETWORK + "/leads/" + lead.id())
                            .then()
                            .statusCode(200);
                    return f.request(c)
                            .delete("/api/networks/" + AuthorizationFixture.OTHERS_NETWORK + "/leads/" + lead.id());
                }),
                entry(
                        "createAdvisoryCall",
                        c -> json(f.request(c)).body(advisoryCall()).post("/api/advisory-group/calls")),
                entry("updateAdvisoryCall", c -> {
                    String callId = f.openCall();
                    return json(f.request(c))
                            .header("If-Match", "\"0\"")
                            .body(advisoryCall())
                            .put("/api/advisory-group/calls/" + callId);
                }),
                entry("listAdvisoryCalls", c -> f.request(c).get("/api/advisory-group/calls")),
                entry("getAdvisoryCall", c -> f.request(c).get("/api/advisory-group/calls/" + f.openCallId)),
                entry(
                        "applyToAdvisoryGroup",
                        c -> f.request(c)
                                .multiPart("cv", "cv.pdf", AdvisoryGroupTest.PDF, TestDocuments.PDF_TYPE)
                                .multiPart(
                                        "coveringLetter",
                                        "letter.docx",
                                        AdvisoryGroupTest.DOCX,
                                        TestDocuments.DOCX_TYPE)
                                .post("/api/advisory-group/calls/" + f.openCall() + "/applications")),
                entry(
                        "listAdvisoryApplications",
                        c -> f.request(c).get("/api/advisory-group/calls/" + f.openCallId + "/applications")),
                entry(
                        "getAdvisoryApplication",
                        c -> f.request(c).get("/api/advisory-group/applications/" + f.otherApplicationId)),
                entry(
                        "downloadAdvisoryDocument",
                        c -> f.request(c)
                                .get("/api/advisory-group/applications/" + f.otherApplicationId + "/documents/CV")),
                entry(
                        "withdrawAdvisoryApplication",
                        c -> f.request(c)
                                .post("/api/advisory-group/applications/" + f.advisoryApplicationOf(f.otherMember())
                                        + "/withdrawal")),
                entry(
                        "decideAdvisoryApplication",
                        c -> json(f.request(c))
                                .body(Map.of("outcome", "ACCEPTED"))
                                .post("/api/advisory-group/applications/" + f.advisoryApplicationOf(f.otherMember())
                                        + "/decision")),
                entry("listAdvisoryGroupMembers", c -> f.request(c).get("/api/advisory-group/members")));
    }

    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType(ContentType.JSON);
    }

    private static String orNone(String etag) {
        return etag == null ? "\"0\"" : etag;
    }

    private static Map<String, Object> advisoryCall() {
        Instant opens = Instant.now().plus(1, ChronoUnit.DAYS);
        Map<String, Object> call = new HashMap<>(Map.of(
                "title",
                "Advisory Group 2028",
                "description",
                "Three meetings a year.",
                "opensAt",
                opens.toString(),
                "closesAt",
                opens.plus(20, ChronoUnit.DAYS).toString(),
                "termStartsOn",
                "2028-01-01",
                "termEndsOn",
                "2029-12-31"));
        return call;
    }
}
