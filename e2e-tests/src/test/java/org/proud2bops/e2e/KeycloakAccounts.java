package org.proud2bops.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** People's accounts at the local run's Keycloak, through its admin API as its local-development admin. */
final class KeycloakAccounts {

    private static final String ADMIN_API = LocalPlatform.KEYCLOAK + "/admin/realms/proud2bops";

    private KeycloakAccounts() {}

    /** Creates an enabled account with a verified email and the member role; returns its id (the tokens' sub). */
    static String createMember(String username, String email, String firstName, String lastName, String password) {
        String admin = adminToken();
        String location = given().baseUri(ADMIN_API)
                .port(-1)
                .header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        username,
                        "email",
                        email,
                        "emailVerified",
                        true,
                        "enabled",
                        true,
                        "firstName",
                        firstName,
                        "lastName",
                        lastName,
                        "credentials",
                        List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post("/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> memberRole = given().baseUri(ADMIN_API)
                .port(-1)
                .header("Authorization", admin)
                .get("/roles/member")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        given().baseUri(ADMIN_API)
                .port(-1)
                .header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body(List.of(memberRole))
                .post("/users/{id}/role-mappings/realm", id)
                .then()
                .statusCode(204);
        return id;
    }

    /** The HTTP status of reading the account: 200 while it exists, 404 once it is gone. */
    static int accountStatus(String id) {
        return given().baseUri(ADMIN_API)
                .port(-1)
                .header("Authorization", adminToken())
                .get("/users/" + id)
                .statusCode();
    }

    /** The OAuth error a password grant answers with, as a person signing in gets it; null when it succeeds. */
    static String signInError(String username, String password) {
        return given().baseUri(LocalPlatform.ISSUER)
                .port(-1)
                .formParams(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "proud2bops-cli",
                        "username",
                        username,
                        "password",
                        password))
                .post("/protocol/openid-connect/token")
                .path("error");
    }

    static String bearer(String username, String password) {
        return "Bearer "
                + given().baseUri(LocalPlatform.ISSUER)
                        .port(-1)
                        .formParams(Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "proud2bops-cli",
                                "username",
                                username,
                                "password",
                                password))
                        .post("/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token");
    }

    private static String adminToken() {
        return "Bearer "
                + given().baseUri(LocalPlatform.KEYCLOAK + "/realms/master")
                        .port(-1)
                        .formParams(Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                "admin",
                                "password",
                                "local-dev-admin"))
                        .post("/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token");
    }
}
