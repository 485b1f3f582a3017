package org.proud2bops.members;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.members.Callers.as;
import static org.proud2bops.members.Callers.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class MemberDirectoryTest {

    /** An active member reading the directory (only active members have member rights). */
    private static String reader;

    private static String reader() {
        if (reader == null) {
            reader = MemberAccessTest.personOf(MemberAccessTest.register("LONDON", false));
        }
        return reader;
    }

    /** A surname no other test uses, so searches see only this test's members. */
    static String uniqueSurname() {
        StringBuilder name = new StringBuilder("Zed");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> name.append((char) c));
        return name.toString();
    }

    static String register(
            String givenName, String familyName, String jobTitle, String odsCode, String roleLevel, boolean visible) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", givenName);
        body.put("familyName", familyName);
        body.put("email", MemberResourceTest.uniqueEmail());
        body.put("jobTitle", jobTitle);
        body.put("organisationOdsCode", odsCode);
        body.put("roleLevel", roleLevel);
        body.put("directoryVisible", visible);
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void searchFindsPartsOfWordsInAnyOrderAcrossNameTitleAndOrganisation() {
        String surname = uniqueSurname();
        String visible = register("Aisha", surname, "General Manager, Emergency Care", "RX1", "GENERAL_MANAGER", true);
        String hidden = register("Aidan", surname, "Director of Operations", "RX1", "DIRECTOR", false);

        as(reader())
                .queryParam("q", "emergen " + surname.substring(0, 6))
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(visible));
        as(reader())
                .queryParam("q", "nottingham " + surname.toUpperCase() + " aish")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(visible));
        as(reader())
                .queryParam("q", surname)
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(hidden)))
                .body("items[0]", not(hasKey("email")))
                .body("items[0]", not(hasKey("status")))
                .body("items[0].organisation.odsCode", equalTo("RX1"))
                .body("items[0].organisation.type", equalTo("ACUTE"));
        asAdmin()
                .queryParam("q", surname)
                .queryParam("sort", "RELEVANCE")
                .get("/api/members")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        as(reader())
                .queryParam("q", surname + " cardiology")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items", empty());
        as(reader())
                .queryParam("q", "100%_" + surname)
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void filtersCombineAndSortIsStable() {
        String surname = uniqueSurname();
        String acuteDirector = register("Bea", surname, "Director of Operations", "RR8", "DIRECTOR", true);
        String ambulanceManager = register("Cal", surname, "Service Manager", "RX9", "SERVICE_MANAGER", true);
        String acuteManager = register("Dee", surname, "Service Manager", "RTH", "SERVICE_MANAGER", true);

        as(reader())
                .queryParam("q", surname)
                .queryParam("organisationType", "ACUTE")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(acuteDirector, acuteManager));
        as(reader())
                .queryParam("q", surname)
                .queryParam("roleLevel", "SERVICE_MANAGER")
                .queryParam("region", "MIDLANDS")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(ambulanceManager));
        as(reader())
                .queryParam("q", surname)
                .queryParam("organisation", "rth")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(acuteManager));
        as(reader())
                .queryParam("q", surname)
                .queryParam("sort", "JOINED")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(acuteManager, ambulanceManager, acuteDirector));
        as(reader())
                .queryParam("q", surname)
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(ambulanceManager))
                .body("totalPages", equalTo(3));

        asAdmin()
                .put("/api/networks/north-east-and-yorkshire/members/" + acuteDirector)
                .then()
                .statusCode(200);
        as(reader())
                .queryParam("q", surname)
                .queryParam("network", "north-east-and-yorkshire")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(acuteDirector));
    }

    @Test
    void badFilterValuesAreProblemsNamingTheParameter() {
        as(reader())
                .queryParam("organisationType", "HOSPITAL")
                .get("/api/members/directory")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(reader())
                .queryParam("sort", "AGE")
                .get("/api/members/directory")
                .then()
                .statusCode(400);
        as(reader())
                .queryParam("q", "x".repeat(101))
                .get("/api/members/directory")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("q"));
        as(reader())
                .queryParam("organisation", "R J1")
                .get("/api/members/directory")
                .then()
                .statusCode(400);
        as(TestTokens.regionalClient("regional-london", "LONDON"))
                .get("/api/members/directory")
                .then()
                .statusCode(403);
        given().get("/api/members/directory").then().statusCode(401);
    }
}
