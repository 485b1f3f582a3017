package org.proud2bops.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.contract.BadInputSweep;
import org.proud2bops.platform.testing.contract.ContractTally;
import org.proud2bops.platform.testing.contract.SweepReport;
import org.proud2bops.platform.testing.contract.ContractValidationFilter;
import org.proud2bops.platform.testing.contract.ContractSource;
import org.proud2bops.platform.testing.contract.RequestBounds;

class PlatformThroughGatewayIT {

    private static final LocalPlatform PLATFORM = new LocalPlatform();

    private static final ContractSource MERGED_DOCUMENT = new ContractSource(
            "http://localhost:" + LocalPlatform.GATEWAY_PORT + "/openapi");

    @BeforeAll
    static void startPlatform() {
        PLATFORM.start();
        RestAssured.port = LocalPlatform.GATEWAY_PORT;
        RestAssured.filters(new ContractValidationFilter(() -> MERGED_DOCUMENT, new ContractTally("merged document")));
    }

    @AfterAll
    static void stopPlatform() {
        RestAssured.reset();
        PLATFORM.stop();
    }

    @Test
    void theMergedDocumentHasEveryService() {
        given().get("/openapi").then().statusCode(200)
                .body("x-merge-report.includedServices.size()", equalTo(3))
                .body("x-merge-report.unavailableServices", aMapWithSize(0))
                .body("paths", hasKey("/api/members/{memberId}"))
                .body("paths", hasKey("/api/events/{eventId}"))
                .body("paths", hasKey("/api/content/topics/{slug}"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theMergedDocumentLintsCleanWithRedoclysRecommendedRules() throws Exception {
        LocalPlatform.CommandResult lint = PLATFORM.lintOpenApi(
                "http://localhost:" + LocalPlatform.GATEWAY_PORT + "/openapi.yaml");

        // Redocly ends with "You have N warnings" only when there are some.
        assertThat(lint.output()).contains("Your API description is valid").doesNotContainPattern("You have \\d+ warning");
        assertThat(lint.exitCode()).isZero();
    }

    @Test
    void everyRequestValueInTheMergedDocumentHasABound() {
        assertThat(RequestBounds.unboundedValues(MERGED_DOCUMENT.current().document())).isEmpty();
    }

    /** A real token from the local run's Keycloak, as the README tells a person to get one. */
    private static String demoUser(String username) {
        return "Bearer " + given().baseUri(LocalPlatform.ISSUER).port(-1)
                .formParams(Map.of("grant_type", "password", "client_id", "proud2bops-cli",
                        "username", username, "password", "local-dev-password"))
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    private static String regionalLondon() {
        return "Bearer " + given().baseUri(LocalPlatform.ISSUER).port(-1)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", "regional-london",
                        "client_secret", "local-dev-regional-london-secret"))
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    @Test
    void keycloakTokensAreVerifiedByTheServicesAndTheirRulesApply() {
        given().get("/api/members/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        String member = demoUser("demo-member");
        given().header("Authorization", member).get("/api/members/me").then().statusCode(200)
                .body("email", equalTo("aisha.okafor@demo.proud2bops.test"));
        given().header("Authorization", member).get("/api/members").then().statusCode(403)
                .contentType("application/problem+json");

        String london = regionalLondon();
        given().header("Authorization", london).get("/api/members").then().statusCode(200)
                .body("items.region", everyItem(equalTo("LONDON")))
                .body("items.directoryVisible", everyItem(equalTo(true)))
                .body("totalItems", greaterThanOrEqualTo(1));
        given().header("Authorization", london).queryParam("region", "MIDLANDS").get("/api/members").then()
                .statusCode(403);
    }

    @Test
    void theDemoDataAnswers() {
        String admin = demoUser("demo-admin");
        given().header("Authorization", admin).get("/api/members").then().statusCode(200).body("totalItems", greaterThanOrEqualTo(20));
        given().header("Authorization", admin).get("/api/members/figures").then().statusCode(200)
                .body("byRegion.values()", everyItem(greaterThanOrEqualTo(1)))
                .body("byOrganisationType.findAll { it.key != 'UNLISTED' }.values()", everyItem(greaterThanOrEqualTo(1)));
        String member = demoUser("demo-member");
        given().header("Authorization", member).queryParam("q", "emergency okaf").get("/api/members/directory").then()
                .statusCode(200).body("items[0].familyName", equalTo("Okafor"));
        given().header("Authorization", demoUser("demo-network-lead")).get("/api/members/applications").then()
                .statusCode(200).body("items.email", hasItem("jamie.fraser@demo.proud2bops.test"));
        given().header("Authorization", member).get("/api/advisory-group/calls").then().statusCode(200)
                .body("items.open", hasItem(true));
        given().get("/api/networks/north-west").then().statusCode(200);
        given().queryParam("endingAfter", "2026-01-01T00:00:00Z").get("/api/events").then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(6));
        given().get("/api/content/topics/winter-pressures").then().statusCode(200)
                .body("name", equalTo("Winter pressures"));
    }

    @Test
    void registrationsFollowTheMemberAndTheRegionAcrossServices() {
        // demo-member's sign-in was linked in the members service; the events service learnt it over Kafka
        String member = demoUser("demo-member");
        given().header("Authorization", member).get("/api/events/me/registrations").then().statusCode(200)
                .body("items.eventTitle", hasItem("NHS Operations Leadership Summit 2027"))
                .body("items.registeredAs", everyItem(equalTo("SELF")));

        String london = regionalLondon();
        String londonMeeting = given().queryParam("region", "LONDON").get("/api/events").then().statusCode(200)
                .extract().path("items[0].id");
        String guestPlace = given().header("Authorization", london).get("/api/events/" + londonMeeting + "/registrations")
                .then().statusCode(200).body("items.guestEmail", hasItem("sam.achebe@guest.demo.proud2bops.test"))
                .extract().path("items[0].id");
        String northWestMeeting = given().queryParam("region", "NORTH_WEST").get("/api/events").then()
                .extract().path("items[0].id");
        given().header("Authorization", london).contentType(ContentType.JSON)
                .body(Map.of("guest", Map.of("name", "Not Here", "email", "not.here@nhs.example")))
                .post("/api/events/" + northWestMeeting + "/registrations").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", member).get("/api/events/" + londonMeeting + "/registrations/" + guestPlace).then().statusCode(404);
    }

    @Test
    void aMemberRegisteredThroughTheGatewayReachesTheEventsService() throws Exception {
        String email = "e2e-" + UUID.randomUUID() + "@nhs.example";
        var created = given().header("Authorization", demoUser("demo-admin")).contentType(ContentType.JSON)
                .body(Map.of("givenName", "End", "familyName", "ToEnd", "email", email, "region", "SOUTH_WEST"))
                .post("/api/members");
        created.then().statusCode(201)
                .header("Location", startsWith("http://localhost:" + LocalPlatform.GATEWAY_PORT + "/api/members/"))
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
        String memberId = created.path("id");
        given().header("Authorization", demoUser("demo-admin")).get(created.header("Location")).then().statusCode(200)
                .body("email", equalTo(email));

        await().atMost(Duration.ofSeconds(30)).until(() -> eventsServiceKnows(memberId));
    }

    @Test
    void anErasedMemberLeavesNothingPersonalInAnyServicesDatabase() throws Exception {
        String admin = demoUser("demo-admin");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "erase-" + unique + "@nhs.example";
        String familyName = "Forgotten" + unique;
        String memberId = given().header("Authorization", admin).contentType(ContentType.JSON)
                .header("Idempotency-Key", "e2e-erase-" + unique)
                .body(Map.of("givenName", "Wilhelmina", "familyName", familyName, "email", email,
                        "jobTitle", "Head of Flow " + unique, "organisationOdsCode", "RJ1"))
                .post("/api/members").then().statusCode(201).extract().path("id");
        given().header("Authorization", admin).put("/api/networks/london/members/" + memberId).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsMentioning("events", familyName) > 0);

        given().header("Authorization", admin).delete("/api/members/" + memberId).then().statusCode(204);

        await().atMost(Duration.ofSeconds(30)).until(() -> rowsMentioning("events", familyName) == 0);
        for (String database : new String[] {"members", "events", "content"}) {
            assertThat(rowsMentioning(database, email)).as("rows naming the email in " + database).isZero();
            assertThat(rowsMentioning(database, familyName)).as("rows naming the person in " + database).isZero();
            assertThat(rowsMentioning(database, "Head of Flow " + unique)).as("job title in " + database).isZero();
        }
        given().header("Authorization", admin).get("/api/members/" + memberId).then().statusCode(404);
    }

    @Test
    void badInputThroughTheGatewayGetsClientErrorProblemsNeverAServerError() {
        BadInputSweep sweep = BadInputSweep.of(MERGED_DOCUMENT.current(), "localhost", LocalPlatform.GATEWAY_PORT);

        SweepReport asAdmin = sweep.as("demo-admin", demoUser("demo-admin")).run().written("merged document");
        SweepReport anonymous = sweep.run().written("merged document");

        assertThat(asAdmin.failures()).as(asAdmin.summary()).isEmpty();
        assertThat(anonymous.failures()).as(anonymous.summary()).isEmpty();
        assertThat(asAdmin.requests()).isGreaterThan(500);
    }

    @Test
    void anUnknownPathIsAProblem() {
        given().get("/api/members/not-a-real/path").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/flyway").then().statusCode(404);
    }

    /** Rows, in every table of a service's database, whose text in any column contains the value. */
    private static long rowsMentioning(String database, String value) throws Exception {
        String url = "jdbc:postgresql://localhost:" + LocalPlatform.POSTGRES_PORT + "/" + database;
        long rows = 0;
        try (var connection = DriverManager.getConnection(url, database, database + "-local-dev")) {
            List<String> tables = new ArrayList<>();
            try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = 'public'")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            assertThat(tables).as("tables of " + database).isNotEmpty();
            for (String table : tables) {
                try (var statement = connection.prepareStatement(
                        "select count(*) from \"" + table + "\" t where t::text ilike ?")) {
                    statement.setString(1, "%" + value + "%");
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        rows += result.getLong(1);
                    }
                }
            }
        }
        return rows;
    }

    private static boolean eventsServiceKnows(String memberId) throws Exception {
        String url = "jdbc:postgresql://localhost:" + LocalPlatform.POSTGRES_PORT + "/events";
        try (var connection = DriverManager.getConnection(url, "events", "events-local-dev");
                var statement = connection.prepareStatement(
                        "select display_name from member_profile where member_id = ?::uuid")) {
            statement.setString(1, memberId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getString(1).equals("End ToEnd");
            }
        }
    }
}
