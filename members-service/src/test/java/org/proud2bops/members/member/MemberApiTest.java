package org.proud2bops.members.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.registerMember;
import static org.proud2bops.members.MembersTestData.uniqueEmail;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.MemberView;
import org.proud2bops.members.MembersTestData.NewMember;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.TestLinks;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** An admin registers, reads, lists and changes member records. */
@QuarkusTest
@WithPlatformInfrastructure
class MemberApiTest {

    private static final String NEW_JOB_TITLE = """
            {"jobTitle": "Director of Operations"}""";

    @Test
    void registeringAMemberReturnsItWithLocationAndETag() {
        String email = uniqueEmail();
        Response created = registerMember(NewMember.withEmail(email));

        created.then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("email", equalTo(email))
                .body("status", equalTo("ACTIVE"));
        MemberView read = asAdmin()
                .get(TestLinks.pathOf(created.header("Location")))
                .then()
                .statusCode(200)
                .extract()
                .as(MemberView.class);
        assertThat(read.email()).isEqualTo(email);
    }

    @Test
    void linksStartFromTheConfiguredAddressWhateverHostTheRequestNames() {
        String location = asAdmin()
                .contentType(ContentType.JSON)
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http")
                .body(NewMember.any())
                .post("/api/members")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String links = String.join(
                ",",
                asAdmin()
                        .header("X-Forwarded-Host", "evil.example")
                        .header("Host", "evil.example")
                        .get("/api/members")
                        .headers()
                        .getValues("Link"));

        assertThat(location).startsWith(TestLinks.TEST_BASE_URL + "/api/members/");
        assertThat(links)
                .contains("<" + TestLinks.TEST_BASE_URL + "/api/members?")
                .doesNotContain("evil.example");
    }

    @Test
    void conditionalReadAnswersNotModified() {
        String location = TestLinks.pathOf(registerMember(NewMember.any()).header("Location"));
        String etag = asAdmin().get(location).then().statusCode(200).extract().header("ETag");

        asAdmin().header("If-None-Match", etag).get(location).then().statusCode(304);
    }

    @Test
    void updateNeedsTheCurrentETag() {
        String location = TestLinks.pathOf(registerMember(NewMember.any()).header("Location"));

        asAdmin()
                .contentType(ContentType.JSON)
                .body(NEW_JOB_TITLE)
                .patch(location)
                .then()
                .spec(problem(ProblemType.MISSING_PRECONDITION));
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(NEW_JOB_TITLE)
                .patch(location)
                .then()
                .spec(problem(ProblemType.STALE_VERSION));
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(NEW_JOB_TITLE)
                .patch(location)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("jobTitle", equalTo("Director of Operations"));
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(NEW_JOB_TITLE)
                .patch(location)
                .then()
                .statusCode(412);
    }

    @Test
    void duplicateEmailIsAConflictWhateverTheCase() {
        String email = uniqueEmail();
        registerMember(NewMember.withEmail(email)).then().statusCode(201);

        registerMember(NewMember.withEmail(email.toUpperCase())).then().spec(problem(ProblemType.ALREADY_EXISTS));
    }

    @Test
    void invalidMemberListsEachFieldAndChangesNothing() {
        long before = totalMembers();

        registerMember(NewMember.withEmail("not-an-email").named("", "Okafor").jobTitle(null))
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("violations.field", hasItem("givenName"))
                .body("violations.field", hasItem("email"));
        assertThat(totalMembers()).isEqualTo(before);
    }

    @Test
    void listIsPagedWithLinks() {
        for (int i = 0; i < 3; i++) {
            registerMember(NewMember.any()).then().statusCode(201);
        }
        Response page = asAdmin().queryParam("size", 2).queryParam("page", 1).get("/api/members");

        page.then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("page", equalTo(1))
                .body("size", equalTo(2));
        assertThat(String.join(",", page.headers().getValues("Link")))
                .contains("rel=\"next\"")
                .contains("rel=\"last\"");
        asAdmin()
                .queryParam("size", 101)
                .get("/api/members")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("size"));
    }

    private static long totalMembers() {
        return asAdmin()
                .get("/api/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }
}
