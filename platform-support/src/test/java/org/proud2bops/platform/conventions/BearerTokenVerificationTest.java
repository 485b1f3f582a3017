package org.proud2bops.platform.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.platform.testing.TestSigningKeys;
import org.proud2bops.platform.testing.TestTokens;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class BearerTokenVerificationTest {

    @Test
    void aValidTokenIdentifiesTheCaller() {
        given().header(
                        "Authorization",
                        TestTokens.forSubject("user-1")
                                .roles("member")
                                .email("Ada@Example.org", true)
                                .bearer())
                .when()
                .get("/api/caller")
                .then()
                .statusCode(200)
                .body("subject", equalTo("user-1"))
                .body("admin", equalTo(false))
                .body("verifiedEmail", equalTo("Ada@Example.org"));
    }

    @Test
    void anUnverifiedEmailIsNotTrusted() {
        given().header(
                        "Authorization",
                        TestTokens.forSubject("user-2")
                                .email("bob@example.org", false)
                                .bearer())
                .when()
                .get("/api/caller")
                .then()
                .statusCode(200)
                .body("verifiedEmail", nullValue());
    }

    @Test
    void aRegionalClientTokenNamesItsRegion() {
        given().header("Authorization", TestTokens.regionalClient("regional-london", "LONDON"))
                .when()
                .get("/api/caller")
                .then()
                .statusCode(200)
                .body("region", equalTo("LONDON"));
    }

    @Test
    void noTokenIsA401ProblemWithAChallenge() {
        given().when()
                .get("/api/caller")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of(
                        "expired",
                        TestTokens.forSubject("u")
                                .expiresAt(Instant.now().minusSeconds(120))
                                .sign()),
                Arguments.of(
                        "not yet valid",
                        TestTokens.forSubject("u")
                                .notBefore(Instant.now().plusSeconds(120))
                                .sign()),
                Arguments.of(
                        "wrong issuer",
                        TestTokens.forSubject("u")
                                .issuer("https://evil.example/realms/x")
                                .sign()),
                Arguments.of(
                        "wrong audience",
                        TestTokens.forSubject("u").audience("another-api").sign()),
                Arguments.of("alg none", TestTokens.forSubject("u").unsigned()),
                Arguments.of(
                        "signed by another key",
                        TestTokens.forSubject("u")
                                .signedBy(TestSigningKeys.forgedWithCurrentKeyId())
                                .sign()),
                Arguments.of(
                        "HS256 with the public key", TestTokens.forSubject("u").hmacWithPublicKey()),
                Arguments.of("not a JWT", "abc.def.ghi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aTokenThatFailsVerificationIsA401Problem(String why, String token) {
        given().header("Authorization", "Bearer " + token)
                .when()
                .get("/api/caller")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aValidTokenWithoutTheRoleIsA403Problem() {
        given().header("Authorization", TestTokens.bearer("user-3", "member", "events-admin"))
                .when()
                .get("/api/caller/admin")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().header("Authorization", TestTokens.bearer("user-4", "admin"))
                .when()
                .get("/api/caller/admin")
                .then()
                .statusCode(200)
                .body("admin", equalTo(true));
    }

    @Test
    void anOperationThatStatesNoRuleIsRefusedEvenToAnAdmin() {
        given().when().get("/api/forgotten").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("user-6", "admin"))
                .when()
                .get("/api/forgotten")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void keysRotatedByTheProviderAreAcceptedWithoutARestart() {
        String signedWithOldKey = TestTokens.bearer("user-5", "member");
        TestSigningKeys.rotate();
        String signedWithNewKey = TestTokens.bearer("user-5", "member");

        given().header("Authorization", signedWithNewKey)
                .when()
                .get("/api/caller")
                .then()
                .statusCode(200);
        given().header("Authorization", signedWithOldKey)
                .when()
                .get("/api/caller")
                .then()
                .statusCode(200);
    }
}
