package org.proud2bops.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class TopicResourceTest {

    @Test
    void theStarterTopicsAreListedAlphabetically() {
        given().queryParam("size", 3)
                .get("/api/content/topics")
                .then()
                .statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(8))
                .body("items[0].name", equalTo("Collective leadership"))
                .body("items[1].name", equalTo("Digital and AI"));
    }

    @Test
    void aTopicIsReadBySlugWithAnETag() {
        String etag = given().get("/api/content/topics/winter-pressures")
                .then()
                .statusCode(200)
                .body("name", equalTo("Winter pressures"))
                .extract()
                .header("ETag");

        given().header("If-None-Match", etag)
                .get("/api/content/topics/winter-pressures")
                .then()
                .statusCode(304);
    }

    @Test
    void anUnknownTopicIsAProblem() {
        given().get("/api/content/topics/astrology")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
