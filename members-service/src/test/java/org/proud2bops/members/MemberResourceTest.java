package org.proud2bops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.proud2bops.members.Callers.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.TestLinks;

@QuarkusTest
class MemberResourceTest {

    static Map<String, Object> newMember(String email) {
        return Map.of(
                "givenName",
                "Aisha",
                "familyName",
                "Okafor",
                "email",
                email,
                "jobTitle",
                "General Manager, Surgery",
                "region",
                "LONDON");
    }

    static Response register(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/members");
    }

    static String uniqueEmail() {
        return "member-" + UUID.randomUUID() + "@nhs.example";
    }

    @Test
    void registeringAMemberReturnsItWithLocationAndETag() {
        String email = uniqueEmail();
        Response created = register(newMember(email));

        created.then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("email", equalTo(email))
                .body("status", equalTo("ACTIVE"));
        asAdmin()
                .get(TestLinks.pathOf(created.header("Location")))
                .then()
                .statusCode(200)
                .body("email", equalTo(email));
    }

    @Test
    void linksStartFromTheConfiguredPublicAddressWhateverHostTheRequestNames() {
        String location = asAdmin()
                .contentType(ContentType.JSON)
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http")
                .body(newMember(uniqueEmail()))
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
        String location = TestLinks.pathOf(register(newMember(uniqueEmail())).header("Location"));
        String etag = asAdmin().get(location).then().statusCode(200).extract().header("ETag");

        asAdmin().header("If-None-Match", etag).get(location).then().statusCode(304);
    }

    @Test
    void updateNeedsTheCurrentETag() {
        String location = TestLinks.pathOf(register(newMember(uniqueEmail())).header("Location"));
        Map<String, Object> change = Map.of("jobTitle", "Director of Operations");

        asAdmin()
                .contentType(ContentType.JSON)
                .body(change)
                .patch(location)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(change)
                .patch(location)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(change)
                .patch(location)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("jobTitle", equalTo("Director of Operations"));
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(change)
                .patch(location)
                .then()
                .statusCode(412);
    }

    @Test
    void duplicateEmailIsAConflictWhateverTheCase() {
        String email = uniqueEmail();
        register(newMember(email)).then().statusCode(201);

        register(newMember(email.toUpperCase())).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidMemberListsEachFieldAndChangesNothing() {
        long before = totalMembers();
        Map<String, Object> invalid =
                Map.of("givenName", "", "familyName", "Okafor", "email", "not-an-email", "region", "LONDON");

        register(invalid)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("givenName"))
                .body("violations.field", hasItem("email"));
        assertThat(totalMembers()).isEqualTo(before);
    }

    @Test
    void listIsPagedWithLinks() {
        for (int i = 0; i < 3; i++) {
            register(newMember(uniqueEmail())).then().statusCode(201);
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
