package org.proud2bops.members.member;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.members.MembersTestData.anonymous;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.asRegionalClient;
import static org.proud2bops.members.MembersTestData.join;
import static org.proud2bops.members.MembersTestData.member;
import static org.proud2bops.members.MembersTestData.registeredMemberId;
import static org.proud2bops.members.MembersTestData.uniqueSurname;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.Directory;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.members.MembersTestData.NewMember;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** Active members search the directory of those who chose to be listed. */
@QuarkusTest
@WithPlatformInfrastructure
class DirectoryApiTest {

    /** An active member reading the directory (only active members have member rights). */
    private static Member reader;

    private static RequestSpecification asReader() {
        if (reader == null) {
            reader = member("LONDON", Directory.UNLISTED);
        }
        return reader.asThem();
    }

    private static String registered(
            String givenName, String familyName, String jobTitle, String odsCode, String roleLevel, boolean listed) {
        return registeredMemberId(NewMember.any()
                .named(givenName, familyName)
                .jobTitle(jobTitle)
                .at(odsCode, roleLevel)
                .listed(listed));
    }

    @Test
    void searchFindsPartsOfWordsInAnyOrderAcrossNameTitleAndOrganisation() {
        String surname = uniqueSurname();
        String listed = registered("Aisha", surname, "General Manager, Emergency Care", "RX1", "GENERAL_MANAGER", true);
        String unlisted = registered("Aidan", surname, "Director of Operations", "RX1", "DIRECTOR", false);

        asReader()
                .queryParam("q", "emergen " + surname.substring(0, 6))
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(listed));
        asReader()
                .queryParam("q", "nottingham " + surname.toUpperCase() + " aish")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(listed));
        asReader()
                .queryParam("q", surname)
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(unlisted)))
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
        asReader()
                .queryParam("q", surname + " cardiology")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items", empty());
        asReader()
                .queryParam("q", "100%_" + surname)
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void filtersCombineAndSortIsStable() {
        String surname = uniqueSurname();
        String acuteDirector = registered("Bea", surname, "Director of Operations", "RR8", "DIRECTOR", true);
        String ambulanceManager = registered("Cal", surname, "Service Manager", "RX9", "SERVICE_MANAGER", true);
        String acuteManager = registered("Dee", surname, "Service Manager", "RTH", "SERVICE_MANAGER", true);

        asReader()
                .queryParam("q", surname)
                .queryParam("organisationType", "ACUTE")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(acuteDirector, acuteManager));
        asReader()
                .queryParam("q", surname)
                .queryParam("roleLevel", "SERVICE_MANAGER")
                .queryParam("region", "MIDLANDS")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(ambulanceManager));
        asReader()
                .queryParam("q", surname)
                .queryParam("organisation", "rth")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(acuteManager));
        asReader()
                .queryParam("q", surname)
                .queryParam("sort", "JOINED")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(acuteManager, ambulanceManager, acuteDirector));
        asReader()
                .queryParam("q", surname)
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(ambulanceManager))
                .body("totalPages", equalTo(3));

        join("north-east-and-yorkshire", acuteDirector);
        asReader()
                .queryParam("q", surname)
                .queryParam("network", "north-east-and-yorkshire")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items.id", contains(acuteDirector));
    }

    @Test
    void badFilterValuesAreProblemsNamingTheParameter() {
        asReader()
                .queryParam("organisationType", "HOSPITAL")
                .get("/api/members/directory")
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
        asReader()
                .queryParam("sort", "AGE")
                .get("/api/members/directory")
                .then()
                .statusCode(400);
        asReader()
                .queryParam("q", "x".repeat(101))
                .get("/api/members/directory")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("q"));
        asReader()
                .queryParam("organisation", "R J1")
                .get("/api/members/directory")
                .then()
                .statusCode(400);
        asRegionalClient("LONDON").get("/api/members/directory").then().statusCode(403);
        anonymous().get("/api/members/directory").then().statusCode(401);
    }
}
