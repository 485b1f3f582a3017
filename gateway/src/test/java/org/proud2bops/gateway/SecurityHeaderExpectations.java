package org.proud2bops.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** The security headers every gateway response carries, whoever produced it. */
final class SecurityHeaderExpectations {

    private SecurityHeaderExpectations() {}

    /** The headers of an API response: data that no browser may render, frame or embed elsewhere. */
    static ValidatableResponse carriesApiSecurityHeaders(ValidatableResponse response) {
        return carriesCommonSecurityHeaders(response)
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Cross-Origin-Opener-Policy", equalTo("same-origin"));
    }

    static ValidatableResponse carriesCommonSecurityHeaders(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Strict-Transport-Security", startsWith("max-age="))
                .header("Cross-Origin-Resource-Policy", equalTo("same-origin"));
    }
}
