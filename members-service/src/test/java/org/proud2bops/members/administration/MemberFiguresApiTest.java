package org.proud2bops.members.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.asStranger;
import static org.proud2bops.members.MembersTestData.importCsv;
import static org.proud2bops.members.MembersTestData.uniqueEmail;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** Figures for admins: how many members, where, and since when. */
@QuarkusTest
@WithPlatformInfrastructure
class MemberFiguresApiTest {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figures(
            int activeMembers,
            Map<String, Integer> byRegion,
            Map<String, Integer> byOrganisationType,
            Map<String, Integer> byStatus,
            Map<String, Integer> joinedByMonth) {}

    private static Figures figures() {
        return asAdmin()
                .get("/api/members/figures")
                .then()
                .statusCode(200)
                .extract()
                .as(Figures.class);
    }

    @Test
    void figuresCountActiveMembersByRegionTypeAndMonthAndEveryoneByStatus() {
        Figures before = figures();
        importCsv("givenName,familyName,email,organisationOdsCode\nFig,Ures,%s,RRU\n".formatted(uniqueEmail()))
                .then()
                .statusCode(200);

        Figures after = figures();

        assertThat(after.byRegion()).containsEntry("LONDON", before.byRegion().get("LONDON") + 1);
        assertThat(after.byOrganisationType())
                .containsEntry("AMBULANCE", before.byOrganisationType().get("AMBULANCE") + 1);
        assertThat(after.byStatus()).containsEntry("ACTIVE", before.byStatus().get("ACTIVE") + 1);
        assertThat(after.activeMembers()).isEqualTo(before.activeMembers() + 1);
        assertThat(after.byRegion()).containsKey("SOUTH_WEST");
        assertThat(after.byStatus()).containsKey("SUSPENDED");
        assertThat(after.joinedByMonth()).isNotNull();
        assertThat(after.joinedByMonth().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyAdminsReadTheFigures() {
        asStranger().get("/api/members/figures").then().statusCode(403);
    }
}
