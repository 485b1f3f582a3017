package org.proud2bops.members;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.proud2bops.members.Callers.as;
import static org.proud2bops.members.Callers.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class OrganisationTest {

    static String uniqueOdsCode() {
        return "T" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    }

    static Map<String, Object> organisation(String odsCode, String name) {
        return Map.of("odsCode", odsCode, "name", name, "type", "COMMUNITY", "region", "SOUTH_WEST");
    }

    @Test
    void theStarterListIsPublicAndFilterable() {
        given().queryParam("type", "AMBULANCE")
                .queryParam("size", 100)
                .get("/api/organisations")
                .then()
                .statusCode(200)
                .body("items.odsCode", hasItem("RRU"))
                .body("items.type", everyItem(equalTo("AMBULANCE")));
        given().get("/api/organisations/rx1")
                .then()
                .statusCode(200)
                .body("name", equalTo("Nottingham University Hospitals NHS Trust"))
                .header("ETag", notNullValue());
        given().get("/api/organisations/NOPE1").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void adminsAddAndRenameOrganisations() {
        String code = uniqueOdsCode();
        asAdmin()
                .contentType(ContentType.JSON)
                .body(organisation(code, "Somerset Community Care"))
                .post("/api/organisations")
                .then()
                .statusCode(201)
                .body("odsCode", equalTo(code));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(organisation(code, "Duplicate"))
                .post("/api/organisations")
                .then()
                .statusCode(409);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("odsCode", uniqueOdsCode(), "name", "No type"))
                .post("/api/organisations")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("type"));
        as(TestTokens.bearer("someone", "member"))
                .contentType(ContentType.JSON)
                .body(organisation(uniqueOdsCode(), "Not mine"))
                .post("/api/organisations")
                .then()
                .statusCode(403);

        Map<String, Object> member = new HashMap<>(MemberResourceTest.newMember(MemberResourceTest.uniqueEmail()));
        member.put("organisationOdsCode", code);
        member.remove("region");
        String memberId = asAdmin()
                .contentType(ContentType.JSON)
                .body(member)
                .post("/api/members")
                .then()
                .statusCode(201)
                .body("region", equalTo("SOUTH_WEST"))
                .extract()
                .path("id");

        asAdmin()
                .contentType(ContentType.JSON)
                .body(organisation(code, "Somerset Community Health"))
                .put("/api/organisations/" + code)
                .then()
                .statusCode(428);
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(organisation(code, "Somerset Community Health"))
                .put("/api/organisations/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(organisation(code, "Stale"))
                .put("/api/organisations/" + code)
                .then()
                .statusCode(412);
        asAdmin()
                .queryParam("q", "somerset health")
                .queryParam("organisation", code)
                .get("/api/members")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(memberId))
                .body("items[0].organisation.name", equalTo("Somerset Community Health"));
    }

    @Test
    void twoAdminsAddingTheSameOrganisationAtOnceGetOneCreatedAndOneConflictNeverAServerError() throws Exception {
        ExecutorService twoAdmins = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String code = uniqueOdsCode();
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<Integer> add = () -> {
                    RequestSpecification request =
                            asAdmin().contentType(ContentType.JSON).body(organisation(code, "Race Community Care"));
                    together.await(10, TimeUnit.SECONDS);
                    return request.post("/api/organisations").then().extract().statusCode();
                };
                List<Integer> statuses = List.of(twoAdmins.submit(add), twoAdmins.submit(add)).stream()
                        .map(OrganisationTest::outcome)
                        .sorted()
                        .toList();

                assertThat(statuses).as("round " + round).containsExactly(201, 409);
            }
        } finally {
            twoAdmins.shutdownNow();
        }
    }

    private static int outcome(Future<Integer> status) {
        try {
            return status.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aProposedOrganisationWaitsForReviewAndAcceptingLinksItsMembers() {
        String name = "Riverside Health Partnership " + uniqueOdsCode();
        Map<String, Object> member = new HashMap<>(MemberResourceTest.newMember(MemberResourceTest.uniqueEmail()));
        member.put("proposedOrganisation", name);
        String memberId = asAdmin()
                .contentType(ContentType.JSON)
                .body(member)
                .post("/api/members")
                .then()
                .statusCode(201)
                .body("organisation.name", equalTo(name))
                .body("organisation.odsCode", nullValue())
                .extract()
                .path("id");
        String proposalId =
                asAdmin().get("/api/members/" + memberId).then().extract().path("organisation.proposalId");
        asAdmin()
                .queryParam("size", 100)
                .get("/api/organisations/proposals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(proposalId));

        String code = uniqueOdsCode();
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPTED", "odsCode", code))
                .post("/api/organisations/proposals/" + proposalId + "/decision")
                .then()
                .statusCode(400)
                .body("field", equalTo("odsCode"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(organisation(code, name))
                .post("/api/organisations")
                .then()
                .statusCode(201);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPTED", "odsCode", code))
                .post("/api/organisations/proposals/" + proposalId + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED"))
                .post("/api/organisations/proposals/" + proposalId + "/decision")
                .then()
                .statusCode(409);
        asAdmin()
                .get("/api/members/" + memberId)
                .then()
                .statusCode(200)
                .body("organisation.odsCode", equalTo(code))
                .body("organisation.proposalId", nullValue());
    }
}
