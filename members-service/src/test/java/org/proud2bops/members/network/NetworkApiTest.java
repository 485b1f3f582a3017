package org.proud2bops.members.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.members.MembersTestData.anonymous;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.asRegionalClient;
import static org.proud2bops.members.MembersTestData.asSomeoneWith;
import static org.proud2bops.members.MembersTestData.changeStatus;
import static org.proud2bops.members.MembersTestData.join;
import static org.proud2bops.members.MembersTestData.member;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.Directory;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.TestLinks;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** The national, regional and trust networks, who is in them and who leads them. */
@QuarkusTest
@WithPlatformInfrastructure
class NetworkApiTest {

    private static final String NETWORK_MEMBER = "/api/networks/{slug}/members/{memberId}";
    private static final String NETWORK_MEMBERS = "/api/networks/{slug}/members";

    private static RequestSpecification trustNetworkOf(RequestSpecification caller, String odsCode) {
        return caller.contentType(ContentType.JSON).body("""
                {"odsCode": "%s"}""".formatted(odsCode));
    }

    @Test
    void theNationalAndSevenRegionalNetworksExistAndAreListedPublicly() {
        anonymous()
                .queryParam("size", 100)
                .get("/api/networks")
                .then()
                .statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(8))
                .body(
                        "items.slug",
                        hasItems(
                                "national",
                                "london",
                                "midlands",
                                "east-of-england",
                                "north-east-and-yorkshire",
                                "south-east",
                                "south-west",
                                "north-west"))
                .body("items[0].kind", equalTo("NATIONAL"));
        anonymous().get("/api/networks/{slug}", "london").then().statusCode(200).body("region", equalTo("LONDON"));
        anonymous().get("/api/networks/{slug}", "atlantis").then().spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void adminsCreateTrustNetworksFromKnownOrganisationsOnly() {
        trustNetworkOf(asAdmin(), "RA7")
                .post("/api/networks")
                .then()
                .statusCode(201)
                .header("Location", equalTo(TestLinks.TEST_BASE_URL + "/api/networks/p2b-at-ra7"))
                .body("slug", equalTo("p2b-at-ra7"))
                .body("kind", equalTo("TRUST"))
                .body("region", equalTo("SOUTH_WEST"))
                .body("name", equalTo("Proud2bOps@University Hospitals Bristol and Weston NHS Foundation Trust"));

        trustNetworkOf(asAdmin(), "ra7").post("/api/networks").then().spec(problem(ProblemType.ALREADY_EXISTS));
        trustNetworkOf(asAdmin(), "ZZZ9")
                .post("/api/networks")
                .then()
                .statusCode(400)
                .body("field", equalTo("odsCode"));
        trustNetworkOf(asAdmin(), "not an ods code!")
                .post("/api/networks")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("odsCode"));
        trustNetworkOf(asSomeoneWith("member", "network-lead"), "RJ1")
                .post("/api/networks")
                .then()
                .statusCode(403);
        trustNetworkOf(anonymous(), "RJ1").post("/api/networks").then().statusCode(401);

        ConsumerRecord<String, String> created = KafkaTestClient.awaitRecord(
                KafkaTestResource.bootstrapServers(),
                "members.network.v1",
                r -> "p2b-at-ra7".equals(r.key()),
                Duration.ofSeconds(20));
        assertThat(KafkaTestClient.header(created, "ce_type")).isEqualTo("org.proud2bops.members.NetworkCreated");
        assertThat(JsonPath.from(created.value()).getString("organisationOdsCode"))
                .isEqualTo("RA7");
    }

    @Test
    void aPersonJoinsAndLeavesThemselvesButNobodyElse() {
        Member self = member("MIDLANDS", Directory.UNLISTED);
        Member other = member("MIDLANDS", Directory.LISTED);

        self.asThem()
                .put(NETWORK_MEMBER, "midlands", self.id())
                .then()
                .statusCode(200)
                .body("lead", equalTo(false));
        self.asThem().put(NETWORK_MEMBER, "midlands", self.id()).then().statusCode(200);
        self.asThem().put(NETWORK_MEMBER, "midlands", other.id()).then().statusCode(404);
        join("midlands", other);
        self.asThem().delete(NETWORK_MEMBER, "midlands", other.id()).then().statusCode(404);
        self.asThem().delete(NETWORK_MEMBER, "midlands", self.id()).then().statusCode(204);
        self.asThem().delete(NETWORK_MEMBER, "midlands", self.id()).then().statusCode(404);

        var changes = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                "members.network.v1",
                r -> r.value().contains(self.id()),
                2,
                Duration.ofSeconds(20));
        assertThat(changes)
                .extracting(r -> JsonPath.from(r.value()).getString("change"))
                .containsExactly("JOINED", "LEFT");
    }

    @Test
    void aLeadManagesOnlyTheNetworksTheyLead() {
        Member lead = member("NORTH_WEST", Directory.LISTED);
        Member unlisted = member("NORTH_WEST", Directory.UNLISTED);
        Member listed = member("NORTH_WEST", Directory.LISTED);
        Member elsewhere = member("SOUTH_EAST", Directory.UNLISTED);
        join("north-west", lead);
        join("north-west", unlisted);
        join("north-west", listed);
        join("south-east", elsewhere);
        Member asLead = lead.withRoles("member", "network-lead");

        asLead.asThem()
                .queryParam("size", 100)
                .get(NETWORK_MEMBERS, "north-west")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(unlisted.id())));
        asAdmin()
                .put("/api/networks/{slug}/leads/{memberId}", "north-west", lead.id())
                .then()
                .statusCode(200)
                .body("lead", equalTo(true));

        // A lead sees who opted into the directory, like everyone but admins
        asLead.asThem()
                .queryParam("size", 100)
                .get(NETWORK_MEMBERS, "north-west")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(listed.id()))
                .body("items.id", not(hasItem(unlisted.id())));
        asLead.asThem()
                .delete(NETWORK_MEMBER, "north-west", unlisted.id())
                .then()
                .statusCode(204);
        asLead.asThem()
                .delete(NETWORK_MEMBER, "south-east", elsewhere.id())
                .then()
                .statusCode(404);
        asLead.asThem()
                .queryParam("size", 100)
                .get(NETWORK_MEMBERS, "south-east")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(elsewhere.id())));
        asLead.asThem()
                .put("/api/networks/{slug}/leads/{memberId}", "north-west", listed.id())
                .then()
                .statusCode(403);
        lead.asThem()
                .queryParam("size", 100)
                .get(NETWORK_MEMBERS, "north-west")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(unlisted.id())));
    }

    @Test
    void aRegionalClientReadsOnlyTheNetworksOfItsRegion() {
        asRegionalClient("LONDON")
                .queryParam("size", 100)
                .get(NETWORK_MEMBERS, "london")
                .then()
                .statusCode(200);
        asRegionalClient("LONDON").get(NETWORK_MEMBERS, "midlands").then().spec(problem(ProblemType.FORBIDDEN));
        asRegionalClient("LONDON").get(NETWORK_MEMBERS, "national").then().statusCode(403);
    }

    @Test
    void aRegionalClientSeesOnlyTheDirectoryFieldsOfListedMembers() {
        Member listed = member("LONDON", Directory.LISTED);
        join("london", listed);

        asRegionalClient("LONDON")
                .queryParam("size", 100)
                .get(NETWORK_MEMBERS, "london")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(listed.id()))
                .body("items[0]", not(hasKey("email")));
    }

    @Test
    void membersNoLongerActiveAreListedInNetworksForAdminsOnly() {
        Member lapsed = member("EAST_OF_ENGLAND", Directory.LISTED);
        join("east-of-england", lapsed);
        changeStatus(lapsed.id(), "LAPSED", "did not renew");

        asRegionalClient("EAST_OF_ENGLAND")
                .queryParam("size", 100)
                .get(NETWORK_MEMBERS, "east-of-england")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(lapsed.id())));
        asAdmin()
                .queryParam("size", 100)
                .get(NETWORK_MEMBERS, "east-of-england")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(lapsed.id()));
    }
}
