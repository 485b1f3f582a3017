package org.proud2bops.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.PersonalDataSweep;
import org.proud2bops.platform.testing.contract.BadInputSweep;
import org.proud2bops.platform.testing.contract.ContractSource;
import org.proud2bops.platform.testing.contract.ContractTally;
import org.proud2bops.platform.testing.contract.ContractValidationFilter;
import org.proud2bops.platform.testing.contract.ExampleCoverage;
import org.proud2bops.platform.testing.contract.RequestBounds;
import org.proud2bops.platform.testing.contract.SweepReport;

class PlatformThroughGatewayIT {

    private static final LocalPlatform PLATFORM = new LocalPlatform();

    private static final ContractSource MERGED_DOCUMENT = new ContractSource(
            "http://localhost:" + LocalPlatform.GATEWAY_PORT + "/openapi", LocalPlatform.GATEWAY_PORT);

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
        given().get("/openapi")
                .then()
                .statusCode(200)
                .body("x-merge-report.includedServices.size()", equalTo(3))
                .body("x-merge-report.unavailableServices", aMapWithSize(0))
                .body("paths", hasKey("/api/members/{memberId}"))
                .body("paths", hasKey("/api/events/{eventId}"))
                .body("paths", hasKey("/api/content/topics/{slug}"));
        given().port(LocalPlatform.GATEWAY_MANAGEMENT_PORT)
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.values()", everyItem(equalTo("UP")));
    }

    @Test
    void operationsEndpointsAreServedOnlyOnTheManagementPorts() {
        for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json");
            LocalPlatform.SERVICE_PORTS
                    .values()
                    .forEach(port -> given().port(port)
                            .get(path)
                            .then()
                            .statusCode(404)
                            .contentType("application/problem+json"));
            LocalPlatform.SERVICE_MANAGEMENT_PORTS
                    .values()
                    .forEach(port -> given().port(port).get(path).then().statusCode(200));
        }
        given().port(LocalPlatform.GATEWAY_MANAGEMENT_PORT)
                .get("/q/metrics")
                .then()
                .statusCode(200);
        given().port(LocalPlatform.SERVICE_MANAGEMENT_PORTS.get("events"))
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .body("paths", hasKey("/api/events/{eventId}"));
    }

    @Test
    void theDatabaseServerHasRoomForEveryPoolAtItsMaximum() throws Exception {
        int pools = LocalPlatform.SERVICE_PORTS.keySet().stream()
                        .mapToInt(PLATFORM::servicePoolMaximum)
                        .sum()
                + PLATFORM.keycloakPoolMaximum();
        String url = "jdbc:postgresql://localhost:" + LocalPlatform.POSTGRES_PORT + "/members";
        try (var connection = DriverManager.getConnection(url, "members", "members-local-dev");
                var statement = connection.createStatement()) {
            int maxConnections = setting(statement, "max_connections");
            int reservedForSuperusers = setting(statement, "superuser_reserved_connections");

            assertThat(maxConnections - reservedForSuperusers - pools)
                    .as(
                            "connections left for people and tools with every pool full (max_connections %d, pools %d)",
                            maxConnections, pools)
                    .isGreaterThanOrEqualTo(10);
        }
    }

    private static int setting(Statement statement, String name) throws Exception {
        try (ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            return Integer.parseInt(result.getString(1));
        }
    }

    @Test
    void theMergedDocumentLintsCleanWithRedoclysRecommendedRules() throws Exception {
        LocalPlatform.CommandResult lint =
                PLATFORM.checkOpenApi("lint", "http://localhost:" + LocalPlatform.GATEWAY_PORT + "/openapi.yaml");

        // Redocly ends with "You have N warnings" only when there are some.
        assertThat(lint.output())
                .contains("Your API description is valid")
                .doesNotContainPattern("You have \\d+ warning");
        assertThat(lint.exitCode()).isZero();
    }

    @Test
    void aTypeScriptClientGeneratedFromTheMergedDocumentCompilesUnderStrictMode() throws Exception {
        LocalPlatform.CommandResult client = PLATFORM.checkOpenApi(
                "typescript-client", "http://localhost:" + LocalPlatform.GATEWAY_PORT + "/openapi.json");

        assertThat(client.output()).contains("tsc --strict: no errors");
        assertThat(client.exitCode()).isZero();
    }

    @Test
    void everyRequestValueInTheMergedDocumentHasABound() {
        assertThat(RequestBounds.unboundedValues(MERGED_DOCUMENT.current().document()))
                .isEmpty();
    }

    @Test
    void requestBodiesAndTheResourcesAddressedByIdCarryExamples() {
        assertThat(ExampleCoverage.missingExamples(MERGED_DOCUMENT.current().document()))
                .isEmpty();
    }

    @Test
    void swaggerUiSignsPeopleInWithTheAuthorizationCodeAndPkce() throws Exception {
        String discovery = given().get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("components.securitySchemes.signIn.openIdConnectUrl");
        assertThat(discovery).isEqualTo(LocalPlatform.ISSUER + "/.well-known/openid-configuration");
        given().get("/docs/")
                .then()
                .statusCode(200)
                .body(containsString("proud2bops-docs"))
                .body(containsString("usePkceWithAuthorizationCodeGrant"));
        var provider = given().get(discovery).then().statusCode(200).extract().jsonPath();
        String redirect = "http://localhost:" + LocalPlatform.GATEWAY_PORT + "/docs/oauth2-redirect.html";
        Map<String, String> authorization = Map.of(
                "client_id",
                "proud2bops-docs",
                "response_type",
                "code",
                "redirect_uri",
                redirect,
                "scope",
                "openid",
                "state",
                "e2e");

        String withoutPkce = given().redirects()
                .follow(false)
                .queryParams(authorization)
                .get(provider.getString("authorization_endpoint"))
                .then()
                .extract()
                .header("Location");
        assertThat(withoutPkce)
                .as("the docs client refuses a sign-in without PKCE")
                .contains("error=invalid_request");

        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        var loginPage = given().queryParams(authorization)
                .queryParam("code_challenge", challenge)
                .queryParam("code_challenge_method", "S256")
                .get(provider.getString("authorization_endpoint"));
        Matcher form = Pattern.compile("action=\"([^\"]+)\"")
                .matcher(loginPage.then().statusCode(200).extract().asString());
        assertThat(form.find()).as("Keycloak's sign-in form").isTrue();
        String callback = given().redirects()
                .follow(false)
                .cookies(loginPage.getCookies())
                .formParams(Map.of("username", "demo-member", "password", "local-dev-password"))
                .post(form.group(1).replace("&amp;", "&"))
                .then()
                .statusCode(302)
                .extract()
                .header("Location");
        assertThat(callback).startsWith(redirect);
        String code = Pattern.compile("[?&]code=([^&]+)")
                .matcher(callback)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        String token = given().formParams(Map.of(
                        "grant_type",
                        "authorization_code",
                        "client_id",
                        "proud2bops-docs",
                        "code",
                        code,
                        "redirect_uri",
                        redirect,
                        "code_verifier",
                        verifier))
                .post(provider.getString("token_endpoint"))
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");

        given().header("Authorization", "Bearer " + token)
                .get("/api/members/me")
                .then()
                .statusCode(200)
                .body("familyName", equalTo("Okafor"));
    }

    /** A real token from the local run's Keycloak, as the README tells a person to get one. */
    private static String demoUser(String username) {
        return KeycloakAccounts.bearer(username, "local-dev-password");
    }

    private static String regionalLondon() {
        return "Bearer "
                + given().baseUri(LocalPlatform.ISSUER)
                        .port(-1)
                        .formParams(Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                "regional-london",
                                "client_secret",
                                "local-dev-regional-london-secret"))
                        .post("/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token");
    }

    @Test
    void keycloakTokensAreVerifiedByTheServicesAndTheirRulesApply() {
        given().get("/api/members/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        String member = demoUser("demo-member");
        given().header("Authorization", member)
                .get("/api/members/me")
                .then()
                .statusCode(200)
                .body("email", equalTo("aisha.okafor@demo.proud2bops.test"));
        given().header("Authorization", member)
                .get("/api/members")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        String london = regionalLondon();
        given().header("Authorization", london)
                .get("/api/members")
                .then()
                .statusCode(200)
                .body("items.region", everyItem(equalTo("LONDON")))
                .body("items.directoryVisible", everyItem(equalTo(true)))
                .body("totalItems", greaterThanOrEqualTo(1));
        given().header("Authorization", london)
                .queryParam("region", "MIDLANDS")
                .get("/api/members")
                .then()
                .statusCode(403);
    }

    @Test
    void theDemoDataAnswers() {
        String admin = demoUser("demo-admin");
        given().header("Authorization", admin)
                .get("/api/members")
                .then()
                .statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(20));
        given().header("Authorization", admin)
                .get("/api/members/figures")
                .then()
                .statusCode(200)
                .body("byRegion.values()", everyItem(greaterThanOrEqualTo(1)))
                .body(
                        "byOrganisationType.findAll { it.key != 'UNLISTED' }.values()",
                        everyItem(greaterThanOrEqualTo(1)));
        String member = demoUser("demo-member");
        given().header("Authorization", member)
                .queryParam("q", "emergency okaf")
                .get("/api/members/directory")
                .then()
                .statusCode(200)
                .body("items[0].familyName", equalTo("Okafor"));
        given().header("Authorization", demoUser("demo-network-lead"))
                .get("/api/members/applications")
                .then()
                .statusCode(200)
                .body("items.email", hasItem("jamie.fraser@demo.proud2bops.test"));
        given().header("Authorization", member)
                .get("/api/advisory-group/calls")
                .then()
                .statusCode(200)
                .body("items.open", hasItem(true));
        given().get("/api/networks/north-west").then().statusCode(200);
        given().queryParam("endingAfter", "2026-01-01T00:00:00Z")
                .get("/api/events")
                .then()
                .statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(6));
        given().get("/api/content/topics/winter-pressures")
                .then()
                .statusCode(200)
                .body("name", equalTo("Winter pressures"));
    }

    @Test
    void registrationsFollowTheMemberAndTheRegionAcrossServices() {
        // demo-member's sign-in was linked in the members service; the events service learnt it over Kafka
        String member = demoUser("demo-member");
        given().header("Authorization", member)
                .get("/api/events/me/registrations")
                .then()
                .statusCode(200)
                .body("items.eventTitle", hasItem("NHS Operations Leadership Summit 2027"))
                .body("items.registeredAs", everyItem(equalTo("SELF")));

        String london = regionalLondon();
        String londonMeeting = given().queryParam("region", "LONDON")
                .get("/api/events")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        String guestPlace = given().header("Authorization", london)
                .get("/api/events/{eventId}/registrations", londonMeeting)
                .then()
                .statusCode(200)
                .body("items.guestEmail", hasItem("sam.achebe@guest.demo.proud2bops.test"))
                .extract()
                .path("items[0].id");
        String northWestMeeting = given().queryParam("region", "NORTH_WEST")
                .get("/api/events")
                .then()
                .extract()
                .path("items[0].id");
        given().header("Authorization", london)
                .contentType(ContentType.JSON)
                .body(Map.of("guest", Map.of("name", "Not Here", "email", "not.here@nhs.example")))
                .post("/api/events/{eventId}/registrations", northWestMeeting)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", member)
                .get("/api/events/{eventId}/registrations/{registrationId}", londonMeeting, guestPlace)
                .then()
                .statusCode(404);
    }

    @Test
    void aMemberRegisteredThroughTheGatewayReachesTheEventsService() throws Exception {
        String email = "e2e-" + UUID.randomUUID() + "@nhs.example";
        var created = given().header("Authorization", demoUser("demo-admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("givenName", "End", "familyName", "ToEnd", "email", email, "region", "SOUTH_WEST"))
                .post("/api/members");
        created.then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + LocalPlatform.GATEWAY_PORT + "/api/members/"))
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
        String memberId = created.path("id");
        given().header("Authorization", demoUser("demo-admin"))
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("email", equalTo(email));

        await().atMost(Duration.ofSeconds(30)).until(() -> eventsServiceKnows(memberId));
    }

    /**
     * A person with an account, a member record, a network, a place at an event (made with an Idempotency-Key, so the
     * events service stores a response naming them) and an advisory-group application with documents erases
     * themself. Afterwards no table of any service's database, nor Keycloak's, holds their name, email, job title or
     * account subject; their account is gone; the member topic ends with their key's tombstone and is compacted with
     * bounded retention.
     */
    @Test
    void anErasedMemberLeavesNothingPersonalInAnyServicesDatabase() throws Exception {
        String admin = demoUser("demo-admin");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "erase-" + unique + "@nhs.example";
        String familyName = "Forgotten" + unique;
        String jobTitle = "Head of Flow " + unique;
        String username = "erase-" + unique;
        String password = "e2e-" + UUID.randomUUID();
        String subject = KeycloakAccounts.createMember(username, email, "Wilhelmina", familyName, password);
        String memberId = given().header("Authorization", admin)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "e2e-erase-" + unique)
                .body(Map.of(
                        "givenName",
                        "Wilhelmina",
                        "familyName",
                        familyName,
                        "email",
                        email,
                        "jobTitle",
                        jobTitle,
                        "organisationOdsCode",
                        "RJ1"))
                .post("/api/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("Authorization", admin)
                .put("/api/networks/{network}/members/{memberId}", "london", memberId)
                .then()
                .statusCode(200);
        String person = KeycloakAccounts.bearer(username, password);
        given().header("Authorization", person)
                .get("/api/members/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(memberId));
        String summit = given().queryParam("kind", "SUMMIT")
                .get("/api/events")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        // Their sign-in reaches the events service over Kafka: until then "register myself" is 403
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", person)
                                .header("Idempotency-Key", "e2e-place-" + unique)
                                .contentType(ContentType.JSON)
                                .body("{}")
                                .post("/api/events/{eventId}/registrations", summit)
                                .statusCode()
                        == 201);
        String call = given().header("Authorization", person)
                .get("/api/advisory-group/calls")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.open }.id");
        byte[] cv = pdfTitled("CV of Wilhelmina " + familyName + ", " + jobTitle);
        // Built whole, so it goes with a Content-Length: the gateway refuses a body without one (411)
        String boundary = "e2e-" + unique;
        given().header("Authorization", person)
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(multipartPdfs(boundary, Map.of("cv", cv, "coveringLetter", cv)))
                .post("/api/advisory-group/calls/{callId}/applications", call)
                .then()
                .statusCode(201);
        List<String> identifying = List.of(email, familyName, jobTitle, subject);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !mentions("events", identifying).isEmpty());
        assertThat(mentions("members", identifying))
                .as("the sweep sees the person before erasure")
                .containsKeys(
                        "member.email: " + email,
                        "advisory_document.content: " + familyName,
                        "idempotency_record.response_body: " + email);
        assertThat(mentions("events", identifying))
                .containsKeys(
                        "member_profile.display_name: " + familyName,
                        "member_profile.account_subject: " + subject,
                        "idempotency_record.response_body: " + familyName,
                        "idempotency_record.scope: " + subject);
        assertThat(mentions("keycloak", identifying)).containsKey("user_entity.email: " + email);

        given().header("Authorization", person).delete("/api/members/me").then().statusCode(204);

        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        mentions("events", identifying).isEmpty() && KeycloakAccounts.accountStatus(subject) == 404);
        for (String database : List.of("members", "events", "content", "keycloak")) {
            assertThat(mentions(database, identifying))
                    .as("what still names the person in " + database)
                    .isEmpty();
        }
        assertThat(KeycloakAccounts.signInError(username, password))
                .as("signing in with the erased account")
                .isEqualTo("invalid_grant");
        given().header("Authorization", admin)
                .get("/api/members/{memberId}", memberId)
                .then()
                .statusCode(404);
        // A retry of their registration is not answered from a stored response any more
        given().header("Authorization", person)
                .header("Idempotency-Key", "e2e-place-" + unique)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/events/{eventId}/registrations", summit)
                .then()
                .statusCode(403)
                .header("Idempotent-Replayed", nullValue())
                .contentType("application/problem+json");

        List<ConsumerRecord<String, String>> onTopic = MemberTopic.recordsOf(memberId);
        System.out.println("members.member.v1 still holds for the erased member, until compaction removes it:");
        onTopic.forEach(r -> System.out.println("  offset " + r.offset() + ": "
                + (r.value() == null ? "tombstone" : MemberTopic.type(r) + " " + r.value())));
        assertThat(onTopic.getLast().value())
                .as("the member key's tombstone comes last")
                .isNull();
        assertThat(MemberTopic.type(onTopic.get(onTopic.size() - 2))).isEqualTo("org.proud2bops.members.MemberErased");
        assertThat(MemberTopic.settings())
                .containsEntry("cleanup.policy", "compact,delete")
                .containsEntry("min.compaction.lag.ms", "86400000")
                .containsEntry("max.compaction.lag.ms", "172800000")
                .containsEntry("segment.ms", "86400000")
                .containsEntry("delete.retention.ms", "86400000")
                .containsEntry("retention.ms", "604800000");
    }

    @Test
    void badInputThroughTheGatewayGetsClientErrorProblemsNeverAServerError() {
        BadInputSweep sweep = BadInputSweep.of(MERGED_DOCUMENT.current(), "localhost", LocalPlatform.GATEWAY_PORT);

        SweepReport asAdmin =
                sweep.as("demo-admin", demoUser("demo-admin")).run().written("merged document");
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

    /** A one-page PDF whose title names the person, written uncompressed so a byte sweep can find the name. */
    private static byte[] pdfTitled(String title) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(title);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static byte[] multipartPdfs(String boundary, Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                            + "\"; filename=\"" + file.getKey() + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Where, in any table of the database, one of the texts still stands (see PersonalDataSweep). */
    private static Map<String, Long> mentions(String database, List<String> texts) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + LocalPlatform.POSTGRES_PORT + "/" + database;
        try (Connection connection = DriverManager.getConnection(url, database, database + "-local-dev")) {
            assertThat(PersonalDataSweep.sweptColumnCount(connection))
                    .as("columns swept in " + database)
                    .isPositive();
            return PersonalDataSweep.mentions(connection, texts);
        }
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
