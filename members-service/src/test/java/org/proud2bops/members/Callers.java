package org.proud2bops.members;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.proud2bops.platform.testing.TestTokens;

/** Requests made with a real signed token for each kind of caller the members API serves. */
final class Callers {

    private Callers() {}

    static String adminToken() {
        return TestTokens.bearer("admin-subject", "admin");
    }

    static RequestSpecification asAdmin() {
        return given().header("Authorization", adminToken());
    }

    static RequestSpecification as(String bearerToken) {
        return given().header("Authorization", bearerToken);
    }
}
