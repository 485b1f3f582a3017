package org.proud2bops.content;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.proud2bops.platform.testing.TestTokens;

/** The callers who make requests (each caller's request specification carries a real signed token) and topics. */
public final class ContentTestData {

    private ContentTestData() {}

    // Callers

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String bearer) {
        return anonymous().header("Authorization", bearer);
    }

    public static RequestSpecification asContentEditor() {
        return as(TestTokens.bearer("editor", "content-editor"));
    }

    public static RequestSpecification asAdmin() {
        return as(TestTokens.bearer("an-admin", "admin"));
    }

    public static RequestSpecification asSomeoneWith(String... roles) {
        return as(TestTokens.bearer("someone-" + UUID.randomUUID(), roles));
    }

    public static RequestSpecification asRegionalClient(String region) {
        return as(TestTokens.regionalClient("regional-" + region.toLowerCase(), region));
    }

    // Topics

    /** What an editor sends to add a topic. */
    public static Map<String, Object> topic(String slug, String name) {
        return Map.of("slug", slug, "name", name, "description", "What operational managers write about " + name);
    }

    /** A slug (and a name part) no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
