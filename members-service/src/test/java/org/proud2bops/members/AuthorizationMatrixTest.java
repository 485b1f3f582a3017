package org.proud2bops.members;

import static java.util.Map.entry;
import static org.proud2bops.members.MembersTestData.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.AdvisoryCall;
import org.proud2bops.members.MembersTestData.Application;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.members.MembersTestData.NewMember;
import org.proud2bops.members.MembersTestData.NewOrganisation;
import org.proud2bops.members.MembersTestData.StatusChange;
import org.proud2bops.members.advisory.TestDocuments;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;
import org.proud2bops.platform.testing.authorization.AuthorizationMatrix;
import org.proud2bops.platform.testing.authorization.AuthorizationMatrix.Request;

/**
 * Every operation of the members API called as every kind of caller on someone else's objects, against the table in
 * {@code authorization-matrix.csv}. An operation without a row (or a row without an operation) fails, as does an
 * operation whose "Who may:" sentence does not name a caller the table allows.
 */
@QuarkusTest
@WithPlatformInfrastructure
class AuthorizationMatrixTest {

    private static final String OTHERS_NETWORK = AuthorizationFixture.OTHERS_NETWORK;
    private static final String MEMBER = "/api/members/{id}";
    private static final String STATUS_CHANGES = "/api/members/{id}/status-changes";
    private static final String NEW_JOB_TITLE = """
            {"jobTitle": "Head of Operations"}""";
    private static final String ORGANISATION = "/api/organisations/{odsCode}";
    private static final String NETWORK_MEMBER = "/api/networks/{slug}/members/{memberId}";
    private static final String NETWORK_LEAD = "/api/networks/{slug}/leads/{memberId}";
    private static final String CALL_APPLICATIONS = "/api/advisory-group/calls/{callId}/applications";
    private static final String APPLICATION = "/api/advisory-group/applications/{id}";

    @Test
    void everyOperationAnswersEveryKindOfCallerAsTheTableSays() {
        AuthorizationMatrix.verify("authorization-matrix.csv", requests(new AuthorizationFixture()));
    }

    private static Map<String, Request> requests(AuthorizationFixture f) {
        return Map.ofEntries(
                entry(
                        "registerMember",
                        c -> json(f.request(c)).body(NewMember.any()).post("/api/members")),
                entry("getOwnMember", c -> f.request(c).get("/api/members/me")),
                entry(
                        "updateOwnMember",
                        c -> json(f.request(c))
                                .header(
                                        "If-Match",
                                        orNone(AuthorizationFixture.etagOf(f.request(c), "/api/members/me")))
                                .body(NEW_JOB_TITLE)
                                .patch("/api/members/me")),
                entry("getMember", c -> f.request(c).get(MEMBER, f.otherMember.id())),
                entry("listMembers", c -> f.request(c).get("/api/members")),
                entry(
                        "updateMember",
                        c -> json(f.request(c))
                                .header("If-Match", "\"0\"")
                                .body(NEW_JOB_TITLE)
                                .patch(MEMBER, f.otherMember().id())),
                entry(
                        "importMembers",
                        c -> f.request(c)
                                .contentType("text/csv")
                                .queryParam("dryRun", true)
                                .body("givenName,familyName,email\nSam,Jones," + MembersTestData.uniqueEmail() + "\n")
                                .post("/api/members/imports")),
                entry("exportMembers", c -> f.request(c).get("/api/members/export")),
                entry("getMemberFigures", c -> f.request(c).get("/api/members/figures")),
                entry("searchDirectory", c -> f.request(c).get("/api/members/directory")),
                entry(
                        "applyForMembership",
                        c -> json(f.requestAsNew(c)).body(Application.at("RJ1")).post("/api/members/applications")),
                entry("listMembershipApplications", c -> f.request(c).get("/api/members/applications")),
                entry(
                        "changeMemberStatus",
                        c -> json(f.request(c))
                                .body(new StatusChange("LAPSED", "did not renew"))
                                .post(STATUS_CHANGES, f.otherMember().id())),
                entry("listMemberStatusChanges", c -> f.request(c).get(STATUS_CHANGES, f.otherMember.id())),
                entry("exportOwnPersonalData", c -> f.request(c).get("/api/members/me/personal-data")),
                entry(
                        "exportMemberPersonalData",
                        c -> f.request(c).get("/api/members/{id}/personal-data", f.otherMember.id())),
                entry("eraseOwnMember", c -> f.requestAsNew(c).delete("/api/members/me")),
                entry(
                        "eraseMember",
                        c -> f.request(c).delete(MEMBER, f.otherMember().id())),
                entry("listOrganisations", c -> f.request(c).get("/api/organisations")),
                entry("getOrganisation", c -> f.request(c).get(ORGANISATION, "RJ1")),
                entry(
                        "createOrganisation",
                        c -> json(f.request(c))
                                .body(new NewOrganisation(
                                        "Y"
                                                + Long.toString(System.nanoTime() % 100_000_000L, 36)
                                                        .toUpperCase(),
                                        "New Trust",
                                        "COMMUNITY",
                                        "LONDON"))
                                .post("/api/organisations")),
                entry("updateOrganisation", c -> {
                    String odsCode = f.organisation();
                    return json(f.request(c))
                            .header("If-Match", AuthorizationFixture.etagOf(anonymous(), ORGANISATION, odsCode))
                            .body(new NewOrganisation(null, "Renamed Trust", "ACUTE", "LONDON"))
                            .put(ORGANISATION, odsCode);
                }),
                entry("listOrganisationProposals", c -> f.request(c).get("/api/organisations/proposals")),
                entry(
                        "decideOrganisationProposal",
                        c -> json(f.request(c))
                                .body("""
                                        {"outcome": "REJECTED"}""")
                                .post("/api/organisations/proposals/{id}/decision", f.proposal())),
                entry("listNetworks", c -> f.request(c).get("/api/networks")),
                entry("getNetwork", c -> f.request(c).get("/api/networks/{slug}", OTHERS_NETWORK)),
                entry(
                        "createTrustNetwork",
                        c -> json(f.request(c))
                                .body(Map.of("odsCode", f.organisation()))
                                .post("/api/networks")),
                entry("listNetworkMembers", c -> f.request(c).get("/api/networks/{slug}/members", OTHERS_NETWORK)),
                entry(
                        "joinNetwork",
                        c -> f.request(c)
                                .put(NETWORK_MEMBER, "midlands", f.otherMember().id())),
                entry(
                        "leaveNetwork",
                        c -> f.request(c)
                                .delete(
                                        NETWORK_MEMBER,
                                        OTHERS_NETWORK,
                                        f.otherMember().id())),
                entry(
                        "appointLead",
                        c -> f.request(c)
                                .put(
                                        NETWORK_LEAD,
                                        OTHERS_NETWORK,
                                        f.otherMember().id())),
                entry("standLeadDown", c -> {
                    Member lead = f.otherMember();
                    MembersTestData.appointLead(OTHERS_NETWORK, lead);
                    return f.request(c).delete(NETWORK_LEAD, OTHERS_NETWORK, lead.id());
                }),
                entry(
                        "createAdvisoryCall",
                        c -> json(f.request(c)).body(advisoryCall()).post("/api/advisory-group/calls")),
                entry("updateAdvisoryCall", c -> {
                    String callId = f.openCall();
                    return json(f.request(c))
                            .header("If-Match", "\"0\"")
                            .body(advisoryCall())
                            .put("/api/advisory-group/calls/{callId}", callId);
                }),
                entry("listAdvisoryCalls", c -> f.request(c).get("/api/advisory-group/calls")),
                entry("getAdvisoryCall", c -> f.request(c).get("/api/advisory-group/calls/{callId}", f.openCallId)),
                entry(
                        "applyToAdvisoryGroup",
                        c -> f.request(c)
                                .multiPart("cv", "cv.pdf", MembersTestData.PDF, TestDocuments.PDF_TYPE)
                                .multiPart(
                                        "coveringLetter", "letter.docx", MembersTestData.DOCX, TestDocuments.DOCX_TYPE)
                                .post(CALL_APPLICATIONS, f.openCall())),
                entry("listAdvisoryApplications", c -> f.request(c).get(CALL_APPLICATIONS, f.openCallId)),
                entry("getAdvisoryApplication", c -> f.request(c).get(APPLICATION, f.otherApplicationId)),
                entry(
                        "downloadAdvisoryDocument",
                        c -> f.request(c)
                                .get(
                                        "/api/advisory-group/applications/{id}/documents/{kind}",
                                        f.otherApplicationId,
                                        "CV")),
                entry(
                        "withdrawAdvisoryApplication",
                        c -> f.request(c)
                                .post(
                                        "/api/advisory-group/applications/{id}/withdrawal",
                                        f.advisoryApplicationOf(f.otherMember()))),
                entry(
                        "decideAdvisoryApplication",
                        c -> json(f.request(c))
                                .body("""
                                        {"outcome": "ACCEPTED"}""")
                                .post(
                                        "/api/advisory-group/applications/{id}/decision",
                                        f.advisoryApplicationOf(f.otherMember()))),
                entry("listAdvisoryGroupMembers", c -> f.request(c).get("/api/advisory-group/members")));
    }

    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType(ContentType.JSON);
    }

    private static String orNone(String etag) {
        return etag == null ? "\"0\"" : etag;
    }

    private static AdvisoryCall advisoryCall() {
        Instant opens = Instant.now().plus(1, ChronoUnit.DAYS);
        return new AdvisoryCall(
                "Advisory Group 2028",
                "Three meetings a year.",
                opens.toString(),
                opens.plus(20, ChronoUnit.DAYS).toString(),
                "2028-01-01",
                "2029-12-31");
    }
}
