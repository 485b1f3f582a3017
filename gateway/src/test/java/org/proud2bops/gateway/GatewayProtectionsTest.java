package org.proud2bops.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.OidcTestProvider;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(FakeUpstreams.class)
@QuarkusTestResource(OidcTestProvider.class)
@TestProfile(GatewayProtectionsTest.SmallBudgets.class)
class GatewayProtectionsTest {

    static final int BUDGET = 3;

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.rate-limit.requests",
                    Integer.toString(BUDGET),
                    "gateway.rate-limit.period",
                    "1H",
                    "gateway.max-body-size",
                    "1K");
        }
    }

    @Test
    void aClientOverItsBudgetGetsA429ProblemWithRetryAfterWhileOthersCarryOn() {
        String spender = TestTokens.bearer("spender-" + UUID.randomUUID(), "member");
        for (int i = 0; i < BUDGET; i++) {
            given().header("Authorization", spender).get("/api/events").then().statusCode(200);
        }
        SecurityHeaderExpectations.carriesApiSecurityHeaders(given().header("Authorization", spender)
                        .get("/api/events")
                        .then()
                        .statusCode(429))
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));

        given().header("Authorization", TestTokens.bearer("other-" + UUID.randomUUID(), "member"))
                .get("/api/events")
                .then()
                .statusCode(200);
        given().header("Authorization", TestTokens.regionalClient("regional-london", "LONDON"))
                .get("/api/events")
                .then()
                .statusCode(200);
    }

    @Test
    void withoutAVerifiedTokenTheAddressIsTheClientSoInventedSubjectsShareOneBudget() {
        for (int i = 0; i < BUDGET; i++) {
            given().header(
                            "Authorization",
                            "Bearer " + TestTokens.forSubject("invented-" + i).unsigned())
                    .get("/api/events")
                    .then()
                    .statusCode(200);
        }
        given().get("/api/events").then().statusCode(429);
        given().header(
                        "Authorization",
                        "Bearer " + TestTokens.forSubject("invented-again").unsigned())
                .get("/api/events")
                .then()
                .statusCode(429);
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemAndOneOfUnknownLengthA411() throws Exception {
        String token = TestTokens.bearer("uploader-" + UUID.randomUUID(), "admin");
        SecurityHeaderExpectations.carriesApiSecurityHeaders(given().header("Authorization", token)
                .contentType("application/json")
                .body("{\"x\":\"" + "a".repeat(2_000) + "\"}")
                .post("/api/members")
                .then()
                .statusCode(413)
                .contentType("application/problem+json"));

        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpResponse<String> unknownLength = HttpClient.newBuilder()
                    .version(version)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/members"))
                                    .header("Authorization", token)
                                    .header("Content-Type", "application/json")
                                    .POST(BodyPublishers.ofInputStream(
                                            () -> new ByteArrayInputStream("{\"x\":1}".getBytes())))
                                    .build(),
                            BodyHandlers.ofString());
            assertThat(unknownLength.statusCode()).as(version.name()).isEqualTo(411);
            assertThat(unknownLength.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void aPageSizeOverTheDeclaredMaximumIsRefusedLikeTheServiceWould() {
        String token = TestTokens.bearer("pager-" + UUID.randomUUID(), "admin");
        given().header("Authorization", token)
                .queryParam("size", 101)
                .get("/api/members")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("size"))
                .body("violations.in", hasItem("query"));
        given().header("Authorization", token)
                .queryParam("size", 100)
                .get("/api/members")
                .then()
                .statusCode(200)
                .body("uri", equalTo("/api/members?size=100"));
    }
}
