package org.proud2bops.members.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.importCsv;
import static org.proud2bops.members.MembersTestData.uniqueEmail;
import static org.proud2bops.members.MembersTestData.uniqueSurname;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** An admin exports the member list, filtered as the list is, as a CSV file. */
@QuarkusTest
@WithPlatformInfrastructure
class MemberExportApiTest {

    @Test
    void theExportIsTheFilteredListAsCsv() {
        String surname = uniqueSurname();
        String csv = """
                givenName,familyName,email,organisationOdsCode,roleLevel
                Amy,%s,%s,RR8,DIRECTOR
                "Bob, Jr",%s,%s,RGT,OTHER
                """.formatted(surname, uniqueEmail(), surname, uniqueEmail());
        importCsv(csv).then().statusCode(200);

        String exported = asAdmin()
                .queryParam("q", surname)
                .get("/api/members/export")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
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
}
