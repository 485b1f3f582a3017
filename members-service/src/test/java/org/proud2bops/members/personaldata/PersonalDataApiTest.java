package org.proud2bops.members.personaldata;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.asStranger;
import static org.proud2bops.members.MembersTestData.join;
import static org.proud2bops.members.MembersTestData.member;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.Directory;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** A member's copy of everything held about them (subject access). */
@QuarkusTest
@WithPlatformInfrastructure
class PersonalDataApiTest {

    @Test
    void aMemberDownloadsEverythingHeldAboutThemAndNobodyElseDoes() {
        Member member = member("NORTH_WEST", Directory.LISTED);
        join("north-west", member);

        member.asThem()
                .get("/api/members/me/personal-data")
                .then()
                .statusCode(200)
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"proud2bops-personal-data-" + member.id() + ".json\""))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .body("member.email", equalTo(member.email()))
                .body("statusHistory[0].toStatus", equalTo("ACTIVE"))
                .body("networkMemberships.networkSlug", hasItem("north-west"));
        asAdmin()
                .get("/api/members/{id}/personal-data", member.id())
                .then()
                .statusCode(200)
                .body("member.id", equalTo(member.id()));
        asStranger().get("/api/members/{id}/personal-data", member.id()).then().statusCode(404);
    }
}
