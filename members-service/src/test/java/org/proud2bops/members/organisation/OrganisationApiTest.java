package org.proud2bops.members.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.proud2bops.members.MembersTestData.anonymous;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.asStranger;
import static org.proud2bops.members.MembersTestData.registerMember;
import static org.proud2bops.members.MembersTestData.uniqueOdsCode;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.NewMember;
import org.proud2bops.members.MembersTestData.NewOrganisation;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** The list of organisations members work at: public to read, kept by admins. */
@QuarkusTest
@WithPlatformInfrastructure
class OrganisationApiTest {

    private static final String ORGANISATION = "/api/organisations/{odsCode}";

    private static RequestSpecification sending(RequestSpecification caller, NewOrganisation organisation) {
        return caller.contentType(ContentType.JSON).body(organisation);
    }

    @Test
    void theStarterListIsPublicAndFilterable() {
        anonymous()
                .queryParam("type", "AMBULANCE")
                .queryParam("size", 100)
                .get("/api/organisations")
                .then()
                .statusCode(200)
                .body("items.odsCode", hasItem("RRU"))
                .body("items.type", everyItem(equalTo("AMBULANCE")));
        anonymous()
                .get(ORGANISATION, "rx1")
                .then()
                .statusCode(200)
                .body("name", equalTo("Nottingham University Hospitals NHS Trust"))
                .header("ETag", notNullValue());
        anonymous().get(ORGANISATION, "NOPE1").then().spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void adminsAddAndRenameOrganisations() {
        String code = uniqueOdsCode();
        sending(asAdmin(), NewOrganisation.community(code, "Somerset Community Care"))
                .post("/api/organisations")
                .then()
                .statusCode(201)
                .body("odsCode", equalTo(code));
        sending(asAdmin(), NewOrganisation.community(code, "Duplicate"))
                .post("/api/organisations")
                .then()
                .statusCode(409);
        sending(asAdmin(), new NewOrganisation(uniqueOdsCode(), "No type", null, null))
                .post("/api/organisations")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("type"));
        sending(asStranger(), NewOrganisation.community(uniqueOdsCode(), "Not mine"))
                .post("/api/organisations")
                .then()
                .statusCode(403);

        String memberId = registerMember(NewMember.any().at(code, null))
                .then()
                .statusCode(201)
                .body("region", equalTo("SOUTH_WEST"))
                .extract()
                .path("id");

        sending(asAdmin(), NewOrganisation.community(code, "Somerset Community Health"))
                .put(ORGANISATION, code)
                .then()
                .statusCode(428);
        sending(asAdmin(), NewOrganisation.community(code, "Somerset Community Health"))
                .header("If-Match", "\"0\"")
                .put(ORGANISATION, code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        sending(asAdmin(), NewOrganisation.community(code, "Stale"))
                .header("If-Match", "\"0\"")
                .put(ORGANISATION, code)
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
    void addingTheSameOrganisationTwiceAtOnceCreatesOneAndConflictsOnce() throws Exception {
        ExecutorService twoAdmins = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String code = uniqueOdsCode();
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<Integer> add = () -> {
                    RequestSpecification request =
                            sending(asAdmin(), NewOrganisation.community(code, "Race Community Care"));
                    together.await(10, TimeUnit.SECONDS);
                    return request.post("/api/organisations").then().extract().statusCode();
                };
                List<Integer> statuses = List.of(twoAdmins.submit(add), twoAdmins.submit(add)).stream()
                        .map(OrganisationApiTest::outcome)
                        .sorted()
                        .toList();

                assertThat(statuses)
                        .as("round " + round + ": never a server error")
                        .containsExactly(201, 409);
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
}
