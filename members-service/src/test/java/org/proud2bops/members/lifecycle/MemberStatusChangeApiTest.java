package org.proud2bops.members.lifecycle;

import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.members.MembersTestData.ADMIN_SUBJECT;
import static org.proud2bops.members.MembersTestData.applicant;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.asStranger;
import static org.proud2bops.members.MembersTestData.member;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.Applicant;
import org.proud2bops.members.MembersTestData.Application;
import org.proud2bops.members.MembersTestData.Directory;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.members.MembersTestData.StatusChange;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** Members move through their lifecycle by status changes, each kept with who made it and when. */
@QuarkusTest
@WithPlatformInfrastructure
class MemberStatusChangeApiTest {

    private static final String STATUS_CHANGES = "/api/members/{id}/status-changes";

    private static RequestSpecification change(RequestSpecification caller, String status, String reason) {
        return caller.contentType(ContentType.JSON).body(new StatusChange(status, reason));
    }

    @Test
    void decliningNeedsAReasonAndEveryStepIsKeptWithWhoAndWhen() {
        Applicant applicant = applicant("RJ1");

        change(asAdmin(), "DECLINED", " ")
                .post(STATUS_CHANGES, applicant.id())
                .then()
                .statusCode(400)
                .body("field", equalTo("reason"));
        change(asAdmin(), "DECLINED", "Not an operational role")
                .post(STATUS_CHANGES, applicant.id())
                .then()
                .statusCode(200);
        change(asAdmin(), "ACTIVE", null)
                .post(STATUS_CHANGES, applicant.id())
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));

        applicant
                .asThem()
                .contentType(ContentType.JSON)
                .body(Application.at("RJ1"))
                .post("/api/members/applications")
                .then()
                .statusCode(201)
                .body("id", equalTo(applicant.id()))
                .body("status", equalTo("APPLIED"));
        applicant
                .asThem()
                .get(STATUS_CHANGES, applicant.id())
                .then()
                .statusCode(200)
                .body("toStatus", equalTo(List.of("APPLIED", "DECLINED", "APPLIED")))
                .body("[1].reason", equalTo("Not an operational role"))
                .body("[1].changedBy", equalTo(ADMIN_SUBJECT))
                .body("[0].changedBy", equalTo(applicant.subject()));
    }

    @Test
    void membersMoveThroughTheLifecycleAndMayOnlyLeaveThemselves() {
        Member member = member("SOUTH_WEST", Directory.UNLISTED);
        String id = member.id();

        change(member.asThem(), "SUSPENDED", null)
                .post(STATUS_CHANGES, id)
                .then()
                .statusCode(403);
        change(asAdmin(), "LAPSED", "Renewal missed")
                .post(STATUS_CHANGES, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("LAPSED"));
        change(asAdmin(), "SUSPENDED", null)
                .post(STATUS_CHANGES, id)
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));
        change(asAdmin(), "ACTIVE", null).post(STATUS_CHANGES, id).then().statusCode(200);
        change(member.asThem(), "LEFT", "Retiring")
                .post(STATUS_CHANGES, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("LEFT"));
        change(asAdmin(), "ERASED", null).post(STATUS_CHANGES, id).then().statusCode(400);
        change(asAdmin(), "RETIRED", null).post(STATUS_CHANGES, id).then().statusCode(400);
        asStranger().get(STATUS_CHANGES, id).then().statusCode(404);
    }
}
