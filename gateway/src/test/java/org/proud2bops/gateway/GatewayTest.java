package org.proud2bops.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.ManagementInterface;
import org.proud2bops.platform.testing.contract.RawHttp;

@QuarkusTest
@QuarkusTestResource(FakeUpstreams.class)
class GatewayTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** The gateway's own management interface: its health and metrics, never served on the public port. */
    private RequestSpecification onTheManagementPort() {
        return ManagementInterface.at(management);
    }

    @Test
    void mergesTheServicesDocumentsAndNamesTheMissingOne() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("paths", hasKey("/api/members/{memberId}"))
                .body("paths", hasKey("/api/events"))
                .body("components.schemas", hasKey("Member"))
                .body("x-merge-report.unavailableServices", hasKey("content"))
                .body("info.description", containsString("content"));
        given().get("/openapi.yaml")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .body(containsString("/api/members/{memberId}:"));
        given().get("/docs/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void forwardsADocumentedOperationOnTheSamePathWithItsHeaders() {
        given().header("Authorization", "Bearer abc")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .queryParam("page", 2)
                .get("/api/members/1234")
                .then()
                .statusCode(200)
                .body("uri", equalTo("/api/members/1234?page=2"))
                .body("headers.authorization", equalTo("Bearer abc"))
                .body("headers.traceparent", equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
                .body("headers.x-forwarded-host", equalTo("localhost:" + io.restassured.RestAssured.port))
                .body("headers.x-forwarded-proto", equalTo("http"));
    }

    @Test
    void forwardsALargeBodyBothWaysIntact() {
        String numbers = IntStream.range(0, 250_000).mapToObj(Integer::toString).collect(Collectors.joining(","));
        String sent = "{\"note\":\"" + numbers + "\"}";

        String echoed = given().contentType("application/json")
                .body(sent)
                .post("/api/members")
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"))
                .extract()
                .jsonPath()
                .getString("body");

        assertThat(echoed).isEqualTo(sent);
    }

    @Test
    void generatesARequestIdPassesItOnAndReturnsIt() {
        var response = given().get("/api/events");
        String requestId = response.header("X-Request-Id");

        assertThat(requestId).isNotBlank();
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(requestId);
        given().header("X-Request-Id", "client-chosen-id")
                .get("/api/events")
                .then()
                .header("X-Request-Id", "client-chosen-id")
                .body("headers.x-request-id", equalTo("client-chosen-id"));
    }

    @Test
    void headIsForwardedWhereverGetIsDocumentedAndAnswersWithoutABody() {
        RawHttp.Answer answer = gatewayOverSocket().send("HEAD", "/api/members/1234", Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).contains("application/json");
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void aNotModifiedAnswerIsRelayedWithoutABodyOrTransferEncoding() {
        // RawHttp waits for a body that Transfer-Encoding or Content-Length announces, as strict clients do
        RawHttp.Answer answer = gatewayOverSocket().send("GET", "/api/members/1234", Map.of("If-None-Match", "\"7\""));

        assertThat(answer.status()).isEqualTo(304);
        assertThat(answer.header("Transfer-Encoding")).isEmpty();
        assertThat(answer.header("ETag")).contains("\"7\"");
    }

    @Test
    void aUrlOrHeadersOverTheLimitAreProblemsNotBareStatuses() {
        RawHttp.Answer longUrl = gatewayOverSocket().send("GET", "/api/members?q=" + "a".repeat(9_000), Map.of());
        RawHttp.Answer bigHeaders =
                gatewayOverSocket().send("GET", "/api/members", Map.of("X-Padding", "a".repeat(20_000)));

        assertThat(longUrl.status()).isEqualTo(414);
        assertThat(longUrl.header("Content-Type")).contains("application/problem+json");
        assertThat(longUrl.bodyText()).contains(ProblemType.URI_TOO_LONG.uri().toString());
        assertThat(bigHeaders.status()).isEqualTo(431);
        assertThat(bigHeaders.bodyText())
                .contains(ProblemType.HEADERS_TOO_LARGE.uri().toString());
    }

    @Test
    void aBodyOverEveryLimitIsAProblemNotTheServersBareStatus() {
        // Over the HTTP server's own body limit too, which would answer first with a bodiless 413
        RawHttp.Answer answer = gatewayOverSocket()
                .send(
                        "POST",
                        "/api/members",
                        Map.of("Content-Type", "application/json"),
                        "{".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        1L << 30);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).contains("application/problem+json");
        assertThat(answer.bodyText())
                .contains(ProblemType.CONTENT_TOO_LARGE.uri().toString());
    }

    private static RawHttp gatewayOverSocket() {
        return new RawHttp("localhost", io.restassured.RestAssured.port);
    }

    @Test
    void anUndocumentedPathIsANotFoundProblem() {
        given().get("/api/members/1234/secrets")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .header("X-Request-Id", notNullValue());
        given().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDocumentedPathWithAnotherMethodIsMethodNotAllowed() {
        given().delete("/api/members")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD, POST");
    }

    @Test
    void theServicesOwnEndpointsAreNotReachable() {
        given().get("/q/openapi-upstream").then().statusCode(404);
        given().get("/api/members/../q/health/ready").then().statusCode(404);
    }

    @ParameterizedTest
    @MethodSource("org.proud2bops.platform.testing.ManagementInterface#operationsPaths")
    void theGatewaysOwnOperationsEndpointsAreANotFoundProblemOnThePublicPort(String path) {
        ManagementInterface.assertNotFoundProblemOnThePublicPort(path);
    }

    @Test
    void theGatewaysHealthAndMetricsAreOnTheManagementPortAndItsDocumentsOnThePublicOne() {
        onTheManagementPort().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        onTheManagementPort().get("/q/health/ready").then().body("checks.name", hasItem("upstreams"));
        onTheManagementPort().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        onTheManagementPort().get("/openapi").then().statusCode(404);
        onTheManagementPort().get("/docs/").then().statusCode(404);
        given().get("/openapi").then().statusCode(200);
        given().get("/docs/").then().statusCode(200);
    }

    @Test
    void anUpstreamReportingItselfNotReadyMakesTheGatewayNotReadyWhileItsOperationsAreStillRouted() {
        FakeUpstreams.eventsReady(false);
        try {
            onTheManagementPort()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body(
                            "checks.find { it.name == 'upstreams' }.data.events",
                            equalTo("NOT READY: Database connections health check"));
            given().get("/api/events").then().statusCode(200).body("uri", equalTo("/api/events"));
        } finally {
            FakeUpstreams.eventsReady(true);
        }
        onTheManagementPort()
                .get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'upstreams' }.data.events", equalTo("UP"));
    }

    @Test
    void aSlowUpstreamIsAGatewayTimeoutProblem() {
        given().get("/api/members/slow")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("status", equalTo(504))
                .body("detail", containsString("members"));
    }

    @Test
    void aDownServiceIsUnavailableAndIsRoutedAgainWhenItComesBack() {
        given().get("/api/content/topics")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        given().get("/api/calendars/2027").then().statusCode(503);
        given().get("/api/feeds/latest").then().statusCode(404);
        onTheManagementPort()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'upstreams' }.data.content", containsString("DOWN"));

        FakeUpstreams.startContent();
        try {
            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> given().get("/api/content/topics")
                            .then()
                            .statusCode(200)
                            .body("uri", equalTo("/api/content/topics")));
            given().get("/api/feeds/latest").then().statusCode(200);
            given().get("/openapi")
                    .then()
                    .body("paths", hasKey("/api/content/topics"))
                    .body("x-merge-report.unavailableServices", not(hasKey("content")));
            onTheManagementPort()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'upstreams' }.data.content", equalTo("UP"));
        } finally {
            FakeUpstreams.stopContent();
        }
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() ->
                        given().get("/openapi").then().body("x-merge-report.unavailableServices", hasKey("content")));
        given().get("/api/content/topics").then().statusCode(503);
        given().get("/api/feeds/latest").then().statusCode(503).body("detail", containsString("content"));
        given().get("/api/feeds/other").then().statusCode(404);
    }

    @Test
    void metricsAreTaggedWithTheOperationTemplateNotTheRawPath() {
        given().get("/api/members/id-one").then().statusCode(200);
        given().get("/api/members/id-two").then().statusCode(200);

        String metrics = onTheManagementPort()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(metrics)
                .contains("uri=\"/api/members/{memberId}\"")
                .doesNotContain("id-one")
                .doesNotContain("id-two");
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigin() {
        given().header("Origin", "https://app.proud2bops.test")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/events")
                .then()
                .header("Access-Control-Allow-Origin", "https://app.proud2bops.test");
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/events")
                .then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
