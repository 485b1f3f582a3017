package org.proud2bops.members;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.members.Callers.as;
import static org.proud2bops.members.Callers.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MemberAccessTest.Registered;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class NetworkTest {

    /** A signed-in person linked to the member by verified email, with the given roles. */
    static String personOf(Registered member, String... roles) {
        return TestTokens.forSubject("person-" + UUID.randomUUID())
                .roles(roles)
                .email(member.email(), true)
                .bearer();
    }

    static void join(String slug, Registered member) {
        asAdmin()
                .put("/api/networks/" + slug + "/members/" + member.id())
                .then()
                .statusCode(200);
    }

    @Test
    void theNationalAndSevenRegionalNetworksExistAndAreListedPublicly() {
        given().queryParam("size", 100)
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
        given().get("/api/networks/london").then().statusCode(200).body("region", equalTo("LONDON"));
        given().get("/api/networks/atlantis").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void adminsCreateTrustNetworksFromKnownOrganisationsOnly() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("odsCode", "RA7"))
                .post("/api/networks")
                .then()
                .statusCode(201)
                .body("slug", equalTo("p2b-at-ra7"))
                .body("kind", equalTo("TRUST"))
                .body("region", equalTo("SOUTH_WEST"))
                .body("name", equalTo("Proud2bOps@University Hospitals Bristol and Weston NHS Foundation Trust"));

        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("odsCode", "ra7"))
                .post("/api/networks")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("odsCode", "ZZZ9"))
                .post("/api/networks")
                .then()
                .statusCode(400)
                .body("field", equalTo("odsCode"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("odsCode", "not an ods code!"))
                .post("/api/networks")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("odsCode"));
        as(TestTokens.bearer("lead", "member", "network-lead"))
                .contentType(ContentType.JSON)
                .body(Map.of("odsCode", "RJ1"))
                .post("/api/networks")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("odsCode", "RJ1"))
                .post("/api/networks")
                .then()
                .statusCode(401);

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
        Registered self = MemberAccessTest.register("MIDLANDS", false);
        Registered other = MemberAccessTest.register("MIDLANDS", true);
        String token = personOf(self, "member");

        as(token)
                .put("/api/networks/midlands/members/" + self.id())
                .then()
                .statusCode(200)
                .body("lead", equalTo(false));
        as(token).put("/api/networks/midlands/members/" + self.id()).then().statusCode(200);
        as(token).put("/api/networks/midlands/members/" + other.id()).then().statusCode(404);
        join("midlands", other);
        as(token).delete("/api/networks/midlands/members/" + other.id()).then().statusCode(404);
        as(token).delete("/api/networks/midlands/members/" + self.id()).then().statusCode(204);
        as(token).delete("/api/networks/midlands/members/" + self.id()).then().statusCode(404);

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
        Registered lead = MemberAccessTest.register("NORTH_WEST", true);
        Registered hidden = MemberAccessTest.register("NORTH_WEST", false);
        Registered visible = MemberAccessTest.register("NORTH_WEST", true);
        Registered elsewhere = MemberAccessTest.register("SOUTH_EAST", false);
        join("north-west", lead);
        join("north-west", hidden);
        join("north-west", visible);
        join("south-east", elsewhere);
        String leadToken = personOf(lead, "member", "network-lead");

        as(leadToken)
                .queryParam("size", 100)
                .get("/api/networks/north-west/members")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(hidden.id())));
        asAdmin()
                .put("/api/networks/north-west/leads/" + lead.id())
                .then()
                .statusCode(200)
                .body("lead", equalTo(true));

        // A lead sees who opted into the directory, like everyone but admins
        as(leadToken)
                .queryParam("size", 100)
                .get("/api/networks/north-west/members")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(visible.id()))
                .body("items.id", not(hasItem(hidden.id())));
        as(leadToken)
                .delete("/api/networks/north-west/members/" + hidden.id())
                .then()
                .statusCode(204);
        as(leadToken)
                .delete("/api/networks/south-east/members/" + elsewhere.id())
                .then()
                .statusCode(404);
        as(leadToken)
                .queryParam("size", 100)
                .get("/api/networks/south-east/members")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(elsewhere.id())));
        as(leadToken)
                .put("/api/networks/north-west/leads/" + visible.id())
                .then()
                .statusCode(403);
        as(personOf(lead, "member"))
                .queryParam("size", 100)
                .get("/api/networks/north-west/members")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(hidden.id())));
    }

    @Test
    void aRegionalClientReadsOnlyItsRegionsNetworksAndSeesDirectoryFieldsOnly() {
        Registered visible = MemberAccessTest.register("LONDON", true);
        join("london", visible);
        String london = TestTokens.regionalClient("regional-london", "LONDON");

        as(london)
                .queryParam("size", 100)
                .get("/api/networks/london/members")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(visible.id()))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("email")));
        as(london).get("/api/networks/midlands/members").then().statusCode(403).contentType("application/problem+json");
        as(london).get("/api/networks/national/members").then().statusCode(403);
    }

    @Test
    void aMemberWhoIsNoLongerActiveDisappearsFromNetworkListsButForAdmins() {
        Registered lapsed = MemberAccessTest.register("EAST_OF_ENGLAND", true);
        join("east-of-england", lapsed);
        asAdmin()
                .contentType(io.restassured.http.ContentType.JSON)
                .body(MembershipLifecycleTest.status("LAPSED", "did not renew"))
                .post("/api/members/" + lapsed.id() + "/status-changes")
                .then()
                .statusCode(200);

        as(TestTokens.regionalClient("regional-east-of-england", "EAST_OF_ENGLAND"))
                .queryParam("size", 100)
                .get("/api/networks/east-of-england/members")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(lapsed.id())));
        asAdmin()
                .queryParam("size", 100)
                .get("/api/networks/east-of-england/members")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(lapsed.id()));
    }
}
