package org.proud2bops.members.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.asSomeoneWith;
import static org.proud2bops.members.MembersTestData.dryRunImport;
import static org.proud2bops.members.MembersTestData.importCsv;
import static org.proud2bops.members.MembersTestData.uniqueSurname;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.MemberView;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** An admin imports members from a CSV file, after a dry run if they like. */
@QuarkusTest
@WithPlatformInfrastructure
class MemberImportApiTest {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImportReport(boolean dryRun, List<RowResult> results) {

        List<String> outcomes() {
            return results.stream().map(RowResult::outcome).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RowResult(int row, String outcome, String memberId, List<RowProblem> problems) {

        List<String> fields() {
            return problems.stream().map(RowProblem::field).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RowProblem(String field, String message) {}

    private static String email(String tag) {
        return tag + "-" + UUID.randomUUID() + "@nhs.example";
    }

    @Test
    void aDryRunReportsEveryRowsProblemsAndWritesNothing() {
        String good = email("good");
        String surname = uniqueSurname();
        String csv = """
                givenName,familyName,email,jobTitle,roleLevel,organisationOdsCode,region,directoryVisible
                Siân,%s,%s,"Director of Operations, Surgery",DIRECTOR,RX1,,yes
                ,%s,not-an-email,,BOSS,ZZ99,,maybe
                Ola,%s,%s,,,,ATLANTIS,
                """.formatted(surname, good, surname, surname, email("bad"));

        ImportReport report = dryRunImport(csv).then().statusCode(200).extract().as(ImportReport.class);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.outcomes()).containsExactly("WOULD_CREATE", "REJECTED", "REJECTED");
        assertThat(report.results()).extracting(RowResult::row).containsExactly(2, 3, 4);
        assertThat(report.results().get(1).fields())
                .contains("givenName", "email", "roleLevel", "organisationOdsCode", "directoryVisible");
        assertThat(report.results().get(2).fields()).containsExactly("region");
        asAdmin().queryParam("q", surname).get("/api/members").then().body("totalItems", equalTo(0));
    }

    @Test
    void aRealRunWritesValidRowsOnlyAndRunningItAgainAddsNobodyTwice() {
        String surname = uniqueSurname();
        String first = email("first");
        String csv = """
                givenName,familyName,email,organisationOdsCode,directoryVisible
                Siân,%s,%s,RX1,true
                Bad,%s,%s,NOPE1,true
                Again,%s,%s,RX1,true
                """.formatted(surname, first, surname, email("bad"), surname, first.toUpperCase());

        ImportReport report = importCsv(csv).then().statusCode(200).extract().as(ImportReport.class);
        assertThat(report.outcomes()).containsExactly("CREATED", "REJECTED", "REJECTED");
        assertThat(report.results().get(2).fields())
                .as("the third row repeats the first row's email")
                .containsExactly("email");
        String createdId = report.results().get(0).memberId();
        MemberView created = asAdmin()
                .get("/api/members/{id}", createdId)
                .then()
                .statusCode(200)
                .extract()
                .as(MemberView.class);
        assertThat(created.givenName()).isEqualTo("Siân");
        assertThat(created.region()).isEqualTo("MIDLANDS");
        assertThat(created.status()).isEqualTo("ACTIVE");

        ImportReport again = importCsv(csv).then().statusCode(200).extract().as(ImportReport.class);
        assertThat(again.outcomes()).containsExactly("ALREADY_MEMBER", "REJECTED", "REJECTED");
        assertThat(again.results().get(0).memberId()).isEqualTo(createdId);
        asAdmin().queryParam("q", surname).get("/api/members").then().body("totalItems", equalTo(1));
    }

    @Test
    void aFileTheImportCannotReadIsOneProblem() {
        dryRunImport("givenName,familyName,email,shoeSize\nA,B,a@b.example,9\n")
                .then()
                .statusCode(400)
                .body("field", equalTo("shoeSize"));
        dryRunImport("givenName,familyName\nA,B\n").then().statusCode(400).body("field", equalTo("email"));
        dryRunImport("").then().statusCode(400).body("field", equalTo("file"));
        asAdmin()
                .contentType("application/json")
                .body("{}")
                .post("/api/members/imports")
                .then()
                .spec(problem(ProblemType.UNSUPPORTED_MEDIA_TYPE));
        asSomeoneWith("member", "network-lead")
                .contentType("text/csv")
                .body("givenName,familyName,email\n")
                .post("/api/members/imports")
                .then()
                .statusCode(403);
    }
}
