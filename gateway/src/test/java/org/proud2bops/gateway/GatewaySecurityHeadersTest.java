package org.proud2bops.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.proud2bops.gateway.SecurityHeaderExpectations.carriesApiSecurityHeaders;
import static org.proud2bops.gateway.SecurityHeaderExpectations.carriesCommonSecurityHeaders;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeUpstreams.class)
class GatewaySecurityHeadersTest {

    private static final Pattern LOADED_SOURCE =
            Pattern.compile("<(?:script|link)[^>]*\\s(?:src|href)=['\"]([^'\"]+)['\"]");

    @Test
    void aProxiedResponseCarriesTheSecurityHeaders() {
        carriesApiSecurityHeaders(
                given().get("/api/events").then().statusCode(200).body("uri", equalTo("/api/events")));
    }

    @Test
    void theGatewaysOwnProblemsCarryTheSecurityHeaders() {
        carriesApiSecurityHeaders(
                given().get("/nowhere").then().statusCode(404).contentType("application/problem+json"));
        carriesApiSecurityHeaders(given().delete("/api/members").then().statusCode(405));
        carriesApiSecurityHeaders(given().get("/api/content/topics").then().statusCode(503));
        carriesApiSecurityHeaders(given().get("/api/members/slow").then().statusCode(504));
    }

    @Test
    void theMergedDocumentAndTheRefusedOperationsPathsCarryTheSecurityHeaders() {
        carriesApiSecurityHeaders(given().get("/openapi").then().statusCode(200));
        carriesApiSecurityHeaders(given().get("/openapi.yaml").then().statusCode(200));
        // health lives on the management port; the public one answers its path with a 404 problem
        carriesApiSecurityHeaders(given().get("/q/health/live").then().statusCode(404));
    }

    @Test
    void aCorsPreflightCarriesTheSecurityHeadersAndStillAllowsTheConfiguredOrigin() {
        carriesApiSecurityHeaders(given().header("Origin", "https://app.proud2bops.test")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/events")
                .then()
                .header("Access-Control-Allow-Origin", "https://app.proud2bops.test"));
        given().header("Origin", "https://app.proud2bops.test")
                .get("/api/events")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.proud2bops.test");
    }

    @Test
    void theSignInPopupsReturnPageKeepsItsOpenerSoSwaggerUiGetsTheCode() {
        given().get("/docs/oauth2-redirect.html")
                .then()
                .statusCode(200)
                .header("Cross-Origin-Opener-Policy", nullValue())
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void swaggerUiGetsAPolicyThatAllowsExactlyWhatItsPageLoads() {
        Response page = given().get("/docs/");
        carriesCommonSecurityHeaders(page.then().statusCode(200).body(containsString("SwaggerUIBundle")))
                .header("Cross-Origin-Opener-Policy", equalTo("same-origin-allow-popups"));
        List<String> policy =
                Arrays.asList(page.header("Content-Security-Policy").split(";\\s*"));

        // Quarkus configures Swagger UI with inline scripts; every script and stylesheet it loads is the gateway's own;
        // it talks to the gateway and, to sign people in, to the identity provider
        URI provider = URI.create(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
        assertThat(policy)
                .contains(
                        "default-src 'none'",
                        "script-src 'self' 'unsafe-inline'",
                        "style-src 'self' 'unsafe-inline'",
                        "connect-src 'self' " + provider.getScheme() + "://" + provider.getRawAuthority(),
                        "frame-ancestors 'none'");
        Matcher sources = LOADED_SOURCE.matcher(page.asString());
        int loaded = 0;
        while (sources.find()) {
            loaded++;
            assertThat(sources.group(1))
                    .as("a source the docs page loads")
                    .doesNotContain("//")
                    .doesNotStartWith("data:");
            given().get("/docs/" + sources.group(1)).then().statusCode(200);
        }
        assertThat(loaded).as("scripts and stylesheets on the docs page").isGreaterThanOrEqualTo(3);
    }
}
