package org.proud2bops.members.member;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.members.MembersTestData.anonymous;
import static org.proud2bops.members.MembersTestData.as;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.asRegionalClient;
import static org.proud2bops.members.MembersTestData.asSomeoneWith;
import static org.proud2bops.members.MembersTestData.changeStatus;
import static org.proud2bops.members.MembersTestData.member;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proud2bops.members.MembersTestData.Directory;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.members.MembersTestData.NewMember;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.TestTokens;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** Who may read and change which member record: admins, the member themself, regional clients, nobody else. */
@QuarkusTest
@WithPlatformInfrastructure
class WhoReadsAndChangesMembersTest {

    @Test
    void withoutATokenMembersAreNotReachable() {
        Member member = member("LONDON", Directory.LISTED);

        anonymous()
                .get("/api/members/{id}", member.id())
                .then()
                .spec(problem(ProblemType.UNAUTHORIZED))
                .header("WWW-Authenticate", equalTo("Bearer"));
        anonymous().get("/api/members").then().statusCode(401);
        anonymous()
                .contentType(ContentType.JSON)
                .body(NewMember.any())
                .post("/api/members")
                .then()
                .spec(problem(ProblemType.UNAUTHORIZED));
    }

    @ParameterizedTest(name = "not as {0}")
    @ValueSource(strings = {"member", "network-lead", "events-admin", "content-editor"})
    void onlyAdminsRegisterAndListEveryone(String role) {
        asSomeoneWith(role)
                .contentType(ContentType.JSON)
                .body(NewMember.any())
                .post("/api/members")
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        asSomeoneWith(role).get("/api/members").then().statusCode(403);
    }

    @Test
    void theFirstSignInLinksTheRecordWithTheVerifiedEmailWhateverItsCase() {
        Member member = member("MIDLANDS", Directory.UNLISTED);

        as(TestTokens.forSubject(member.subject())
                        .roles("member")
                        .email(member.email().toUpperCase(), true)
                        .bearer())
                .get("/api/members/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(member.id()));
    }

    @Test
    void onceLinkedTheRecordIsFoundByTheSubjectNotTheEmail() {
        Member member = member("MIDLANDS", Directory.UNLISTED);
        member.asThem().get("/api/members/me").then().statusCode(200);

        as(TestTokens.bearer(member.subject(), "member"))
                .get("/api/members/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(member.id()));
        as(TestTokens.forSubject("someone-else")
                        .roles("member")
                        .email(member.email(), true)
                        .bearer())
                .get("/api/members/me")
                .then()
                .statusCode(404);
    }

    @Test
    void anUnverifiedEmailLinksNothing() {
        Member member = member("MIDLANDS", Directory.UNLISTED);

        as(TestTokens.forSubject("person-" + UUID.randomUUID())
                        .roles("member")
                        .email(member.email(), false)
                        .bearer())
                .get("/api/members/me")
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void aMemberReadsAndChangesOnlyTheirOwnRecord() {
        Member own = member("SOUTH_WEST", Directory.LISTED);
        Member other = member("SOUTH_WEST", Directory.LISTED);

        String etag = own.asThem()
                .get("/api/members/{id}", own.id())
                .then()
                .statusCode(200)
                .body("email", equalTo(own.email()))
                .extract()
                .header("ETag");
        own.asThem()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("""
                        {"jobTitle": "COO"}""")
                .patch("/api/members/me")
                .then()
                .statusCode(200)
                .body("jobTitle", equalTo("COO"));

        own.asThem().get("/api/members/{id}", other.id()).then().spec(problem(ProblemType.NOT_FOUND));
        own.asThem()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body("""
                        {"jobTitle": "Hijacked"}""")
                .patch("/api/members/{id}", other.id())
                .then()
                .statusCode(404);
        asAdmin()
                .get("/api/members/{id}", other.id())
                .then()
                .statusCode(200)
                .body("jobTitle", not(equalTo("Hijacked")));
    }

    @Test
    void aRegionalClientSeesOnlyDirectoryVisibleMembersOfItsRegion() {
        Member listedLondon = member("LONDON", Directory.LISTED);
        Member unlistedLondon = member("LONDON", Directory.UNLISTED);
        Member listedNorthWest = member("NORTH_WEST", Directory.LISTED);

        asRegionalClient("LONDON")
                .get("/api/members/{id}", listedLondon.id())
                .then()
                .statusCode(200);
        asRegionalClient("LONDON")
                .get("/api/members/{id}", unlistedLondon.id())
                .then()
                .statusCode(404);
        asRegionalClient("LONDON")
                .get("/api/members/{id}", listedNorthWest.id())
                .then()
                .statusCode(404);
        asRegionalClient("LONDON")
                .queryParam("size", 100)
                .get("/api/members")
                .then()
                .statusCode(200)
                .body("items.region", everyItem(equalTo("LONDON")))
                .body("items.directoryVisible", everyItem(equalTo(true)))
                .body("items.id", hasItem(listedLondon.id()))
                .body("items.id", not(hasItem(unlistedLondon.id())));
        asRegionalClient("LONDON")
                .queryParam("region", "NORTH_WEST")
                .get("/api/members")
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        asRegionalClient("LONDON")
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body("""
                        {"jobTitle": "x"}""")
                .patch("/api/members/{id}", listedLondon.id())
                .then()
                .statusCode(404);
    }

    @Test
    void aRegionalClientDoesNotSeeListedMembersWhoAreNoLongerActive() {
        Member lapsed = member("LONDON", Directory.LISTED);
        changeStatus(lapsed.id(), "LAPSED", "did not renew");

        asRegionalClient("LONDON").get("/api/members/{id}", lapsed.id()).then().statusCode(404);
        asRegionalClient("LONDON")
                .queryParam("size", 100)
                .queryParam("q", "Okafor")
                .get("/api/members")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(lapsed.id())));
    }
}
