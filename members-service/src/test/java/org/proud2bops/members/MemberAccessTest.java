package org.proud2bops.members;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.members.Callers.as;
import static org.proud2bops.members.Callers.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class MemberAccessTest {

    record Registered(String id, String email) {}

    static Registered register(String region, boolean directoryVisible) {
        String email = MemberResourceTest.uniqueEmail();
        Map<String, Object> body = new HashMap<>(MemberResourceTest.newMember(email));
        body.put("region", region);
        String id = asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        if (directoryVisible) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("directoryVisible", true))
                    .patch("/api/members/" + id)
                    .then()
                    .statusCode(200);
        }
        return new Registered(id, email);
    }

    /** A signed-in person whose verified email is the member's, signing in for the first time. */
    static String personOf(Registered member) {
        return TestTokens.forSubject("person-" + UUID.randomUUID())
                .roles("member")
                .email(member.email(), true)
                .bearer();
    }

    @Test
    void withoutATokenMembersAreNotReachable() {
        Registered member = register("LONDON", true);

        given().get("/api/members/" + member.id()).then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"));
        given().get("/api/members").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(MemberResourceTest.newMember(MemberResourceTest.uniqueEmail()))
                .post("/api/members")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdminsRegisterAndListEveryone() {
        for (String role : new String[] {"member", "network-lead", "events-admin", "content-editor"}) {
            as(TestTokens.bearer("someone", role))
                    .contentType(ContentType.JSON)
                    .body(MemberResourceTest.newMember(MemberResourceTest.uniqueEmail()))
                    .post("/api/members")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            as(TestTokens.bearer("someone", role)).get("/api/members").then().statusCode(403);
        }
    }

    @Test
    void firstSignInLinksTheRecordWithTheVerifiedEmailAndLaterSignInsUseTheSubject() {
        Registered member = register("MIDLANDS", false);
        String subject = "person-" + UUID.randomUUID();

        as(TestTokens.forSubject(subject)
                        .roles("member")
                        .email(member.email().toUpperCase(), true)
                        .bearer())
                .get("/api/members/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(member.id()));
        as(TestTokens.bearer(subject, "member"))
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
        Registered member = register("MIDLANDS", false);

        as(TestTokens.forSubject("person-" + UUID.randomUUID())
                        .roles("member")
                        .email(member.email(), false)
                        .bearer())
                .get("/api/members/me")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMemberReadsAndChangesOnlyTheirOwnRecord() {
        Registered own = register("SOUTH_WEST", true);
        Registered other = register("SOUTH_WEST", true);
        String token = personOf(own);

        String etag = as(token)
                .get("/api/members/" + own.id())
                .then()
                .statusCode(200)
                .body("email", equalTo(own.email()))
                .extract()
                .header("ETag");
        as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("jobTitle", "COO"))
                .patch("/api/members/me")
                .then()
                .statusCode(200)
                .body("jobTitle", equalTo("COO"));

        as(token).get("/api/members/" + other.id()).then().statusCode(404).contentType("application/problem+json");
        as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("jobTitle", "Hijacked"))
                .patch("/api/members/" + other.id())
                .then()
                .statusCode(404);
        asAdmin().get("/api/members/" + other.id()).then().statusCode(200).body("jobTitle", not(equalTo("Hijacked")));
    }

    @Test
    void aRegionalClientSeesOnlyDirectoryVisibleMembersOfItsRegion() {
        Registered visibleLondon = register("LONDON", true);
        Registered hiddenLondon = register("LONDON", false);
        Registered visibleNorthWest = register("NORTH_WEST", true);
        String london = TestTokens.regionalClient("regional-london", "LONDON");

        as(london).get("/api/members/" + visibleLondon.id()).then().statusCode(200);
        as(london).get("/api/members/" + hiddenLondon.id()).then().statusCode(404);
        as(london).get("/api/members/" + visibleNorthWest.id()).then().statusCode(404);
        as(london)
                .queryParam("size", 100)
                .get("/api/members")
                .then()
                .statusCode(200)
                .body("items.region", everyItem(equalTo("LONDON")))
                .body("items.directoryVisible", everyItem(equalTo(true)))
                .body("items.id", hasItem(visibleLondon.id()))
                .body("items.id", not(hasItem(hiddenLondon.id())));
        as(london)
                .queryParam("region", "NORTH_WEST")
                .get("/api/members")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(london)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("jobTitle", "x"))
                .patch("/api/members/" + visibleLondon.id())
                .then()
                .statusCode(404);
    }

    @Test
    void aRegionalClientDoesNotSeeAMemberOfItsRegionWhoOptedInButIsNoLongerActive() {
        Registered lapsed = register("LONDON", true);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(MembershipLifecycleTest.status("LAPSED", "did not renew"))
                .post("/api/members/" + lapsed.id() + "/status-changes")
                .then()
                .statusCode(200);
        String london = TestTokens.regionalClient("regional-london", "LONDON");

        as(london).get("/api/members/" + lapsed.id()).then().statusCode(404);
        as(london)
                .queryParam("size", 100)
                .queryParam("q", "Okafor")
                .get("/api/members")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(lapsed.id())));
    }
}
