package org.proud2bops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.proud2bops.members.Callers.as;
import static org.proud2bops.members.Callers.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class MemberAdministrationTest {

    private static String email(String tag) {
        return tag + "-" + UUID.randomUUID() + "@nhs.example";
    }

    private static io.restassured.response.Response importCsv(String csv, boolean dryRun) {
        return asAdmin()
                .contentType("text/csv; charset=UTF-8")
                .queryParam("dryRun", dryRun)
                .body(csv)
                .post("/api/members/imports");
    }

    @Test
    void aDryRunReportsEveryRowsProblemsAndWritesNothing() {
        String good = email("good");
        String surname = MemberDirectoryTest.uniqueSurname();
        String csv = """
                givenName,familyName,email,jobTitle,roleLevel,organisationOdsCode,region,directoryVisible
                Siân,%s,%s,"Director of Operations, Surgery",DIRECTOR,RX1,,yes
                ,%s,not-an-email,,BOSS,ZZ99,,maybe
                Ola,%s,%s,,,,ATLANTIS,
                """.formatted(surname, good, surname, surname, email("bad"));

        JsonPath report = importCsv(csv, true).then().statusCode(200).extract().jsonPath();

        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getList("results.outcome")).containsExactly("WOULD_CREATE", "REJECTED", "REJECTED");
        assertThat(report.getList("results.row", Integer.class)).containsExactly(2, 3, 4);
        assertThat(report.getList("results[1].problems.field"))
                .contains("givenName", "email", "roleLevel", "organisationOdsCode", "directoryVisible");
        assertThat(report.getList("results[2].problems.field")).containsExactly("region");
        asAdmin().queryParam("q", surname).get("/api/members").then().body("totalItems", equalTo(0));
    }

    @Test
    void aRealRunWritesValidRowsOnlyAndRunningItAgainAddsNobodyTwice() {
        String surname = MemberDirectoryTest.uniqueSurname();
        String first = email("first");
        String csv = """
                givenName,familyName,email,organisationOdsCode,directoryVisible
                Siân,%s,%s,RX1,true
                Bad,%s,%s,NOPE1,true
                Again,%s,%s,RX1,true
                """.formatted(surname, first, surname, email("bad"), surname, first.toUpperCase());

        JsonPath report = importCsv(csv, false).then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("results.outcome")).containsExactly("CREATED", "REJECTED", "REJECTED");
        assertThat(report.getString("results[2].problems[0].message")).contains("earlier row");
        String createdId = report.getString("results[0].memberId");
        asAdmin()
                .get("/api/members/" + createdId)
                .then()
                .statusCode(200)
                .body("givenName", equalTo("Siân"))
                .body("region", equalTo("MIDLANDS"))
                .body("status", equalTo("ACTIVE"));

        JsonPath again = importCsv(csv, false).then().statusCode(200).extract().jsonPath();
        assertThat(again.getList("results.outcome")).containsExactly("ALREADY_MEMBER", "REJECTED", "REJECTED");
        assertThat(again.getString("results[0].memberId")).isEqualTo(createdId);
        asAdmin().queryParam("q", surname).get("/api/members").then().body("totalItems", equalTo(1));
    }

    @Test
    void aFileTheImportCannotReadIsOneProblem() {
        importCsv("givenName,familyName,email,shoeSize\nA,B,a@b.example,9\n", true)
                .then()
                .statusCode(400)
                .body("field", equalTo("shoeSize"));
        importCsv("givenName,familyName\nA,B\n", true).then().statusCode(400).body("field", equalTo("email"));
        importCsv("", true).then().statusCode(400).body("field", equalTo("file"));
        asAdmin()
                .contentType("application/json")
                .body("{}")
                .post("/api/members/imports")
                .then()
                .statusCode(415);
        as(TestTokens.bearer("lead", "member", "network-lead"))
                .contentType("text/csv")
                .body("givenName,familyName,email\n")
                .post("/api/members/imports")
                .then()
                .statusCode(403);
    }

    @Test
    void theExportIsTheFilteredListAsCsv() {
        String surname = MemberDirectoryTest.uniqueSurname();
        String csv = """
                givenName,familyName,email,organisationOdsCode,roleLevel
                Amy,%s,%s,RR8,DIRECTOR
                "Bob, Jr",%s,%s,RGT,OTHER
                """.formatted(surname, email("amy"), surname, email("bob"));
        importCsv(csv, false).then().statusCode(200);

        String exported = asAdmin()
                .queryParam("q", surname)
                .get("/api/members/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"proud2bops-members.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .extract()
                .asString();
        List<String> lines = exported.lines().toList();
        assertThat(lines.get(0)).startsWith("id,givenName,familyName,email,jobTitle,roleLevel,organisationOdsCode");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("Amy," + surname);
        assertThat(lines.get(2)).contains("\"Bob, Jr\"").contains("Cambridge University Hospitals");

        String directorsOnly = asAdmin()
                .queryParam("q", surname)
                .queryParam("roleLevel", "DIRECTOR")
                .get("/api/members/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(directorsOnly.lines()).hasSize(2);
    }

    @Test
    void figuresCountActiveMembersByRegionTypeAndMonthAndEveryoneByStatus() {
        JsonPath before = asAdmin()
                .get("/api/members/figures")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String csv = "givenName,familyName,email,organisationOdsCode\nFig,Ures,%s,RRU\n".formatted(email("fig"));
        importCsv(csv, false).then().statusCode(200);

        asAdmin()
                .get("/api/members/figures")
                .then()
                .statusCode(200)
                .body("byRegion.LONDON", equalTo(before.getInt("byRegion.LONDON") + 1))
                .body("byOrganisationType.AMBULANCE", equalTo(before.getInt("byOrganisationType.AMBULANCE") + 1))
                .body("byStatus.ACTIVE", equalTo(before.getInt("byStatus.ACTIVE") + 1))
                .body("activeMembers", equalTo(before.getInt("activeMembers") + 1))
                .body("byRegion", hasKey("SOUTH_WEST"))
                .body("byStatus", hasKey("SUSPENDED"))
                .body("joinedByMonth", notNullValue())
                .body("joinedByMonth.values().sum()", greaterThanOrEqualTo(1));
        as(TestTokens.bearer("someone", "member"))
                .get("/api/members/figures")
                .then()
                .statusCode(403);
    }
}
