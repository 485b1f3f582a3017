package org.proud2bops.members.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.createOrganisation;
import static org.proud2bops.members.MembersTestData.registerMember;
import static org.proud2bops.members.MembersTestData.uniqueOdsCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.MemberView;
import org.proud2bops.members.MembersTestData.NewMember;
import org.proud2bops.members.MembersTestData.NewOrganisation;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** An organisation that is not listed yet is proposed by a member's registration and reviewed by an admin. */
@QuarkusTest
@WithPlatformInfrastructure
class OrganisationProposalApiTest {

    private static final String DECISION = "/api/organisations/proposals/{id}/decision";

    private static RequestSpecification accepting(String odsCode) {
        return asAdmin().contentType(ContentType.JSON).body("""
                {"outcome": "ACCEPTED", "odsCode": "%s"}""".formatted(odsCode));
    }

    @Test
    void aProposedOrganisationWaitsForReviewAndAcceptingLinksItsMembers() {
        String name = "Riverside Health Partnership " + uniqueOdsCode();
        String memberId = registerMember(NewMember.any().proposing(name))
                .then()
                .statusCode(201)
                .body("organisation.name", equalTo(name))
                .body("organisation.odsCode", nullValue())
                .extract()
                .path("id");
        String proposalId = asAdmin()
                .get("/api/members/{id}", memberId)
                .then()
                .extract()
                .as(MemberView.class)
                .organisation()
                .proposalId();
        asAdmin()
                .queryParam("size", 100)
                .get("/api/organisations/proposals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(proposalId));

        String code = uniqueOdsCode();
        accepting(code).post(DECISION, proposalId).then().statusCode(400).body("field", equalTo("odsCode"));
        createOrganisation(NewOrganisation.community(code, name));
        accepting(code).post(DECISION, proposalId).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body("""
                        {"outcome": "REJECTED"}""")
                .post(DECISION, proposalId)
                .then()
                .statusCode(409);
        MemberView member = asAdmin()
                .get("/api/members/{id}", memberId)
                .then()
                .statusCode(200)
                .extract()
                .as(MemberView.class);
        assertThat(member.organisation().odsCode()).isEqualTo(code);
        assertThat(member.organisation().proposalId()).isNull();
    }
}
