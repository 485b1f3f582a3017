package org.proud2bops.platform.conventions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.ManagementInterface;
import org.proud2bops.platform.testing.TestTokens;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class VerifiedTokenCacheTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    TestClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    private double reusedSoFar() {
        return ManagementInterface.at(management)
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> line.startsWith("proud2bops_verified_tokens_reused_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() {
        String token = TestTokens.forSubject("repeat-caller").roles("member").bearer();
        double before = reusedSoFar();

        for (int call = 0; call < 3; call++) {
            given().header("Authorization", token)
                    .get("/api/caller")
                    .then()
                    .statusCode(200)
                    .body("subject", equalTo("repeat-caller"));
        }

        assertThat(reusedSoFar() - before).isEqualTo(2.0);
    }

    @Test
    void aRememberedTokenIsVerifiedAgainOnceItExpires() {
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(2));
        String token = TestTokens.forSubject("short-lived")
                .roles("member")
                .expiresAt(expiresAt)
                .bearer();
        double before = reusedSoFar();
        for (int call = 0; call < 3; call++) {
            given().header("Authorization", token)
                    .get("/api/caller")
                    .then()
                    .statusCode(200)
                    .body("subject", equalTo("short-lived"));
        }
        assertThat(reusedSoFar() - before).isEqualTo(2.0);

        clock.advance(Duration.between(Instant.now(), expiresAt).plusSeconds(1));

        // Past its exp by the cache's clock, the token goes to full verification, which refuses an expired token
        // (BearerTokenVerificationTest); on the real clock it is still valid, so that verification accepts it here.
        given().header("Authorization", token).get("/api/caller").then().statusCode(200);
        assertThat(reusedSoFar() - before).isEqualTo(2.0);
    }

    @Test
    void rememberedTokensKeepTheirOwnCallerAndRights() {
        String admin = TestTokens.forSubject("remembered-admin").roles("admin").bearer();
        String member =
                TestTokens.forSubject("remembered-member").roles("member").bearer();

        for (int round = 0; round < 3; round++) {
            given().header("Authorization", admin)
                    .get("/api/caller/admin")
                    .then()
                    .statusCode(200)
                    .body("subject", equalTo("remembered-admin"));
            given().header("Authorization", member)
                    .get("/api/caller/admin")
                    .then()
                    .statusCode(403);
            given().header("Authorization", member)
                    .get("/api/caller")
                    .then()
                    .statusCode(200)
                    .body("subject", equalTo("remembered-member"));
        }
    }
}
