package org.proud2bops.platform.conventions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.testing.TestLinks;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class ConditionalRequestsAndPagingTest {

    private static String create(String name) {
        return TestLinks.pathOf(given().contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .post("/api/widgets")
                .then()
                .statusCode(201)
                .extract()
                .header("Location"));
    }

    @Test
    void ifNoneMatchGivesNotModifiedOnlyForTheCurrentVersion() {
        String location = create("etag");

        given().header("If-None-Match", "\"0\"")
                .get(location)
                .then()
                .statusCode(304)
                .header("ETag", "\"0\"");
        given().header("If-None-Match", "\"5\"")
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"");
    }

    @Test
    void ifNoneMatchUsesWeakComparisonAndAcceptsAListOrAnyVersion() {
        String location = create("weak");

        given().header("If-None-Match", "W/\"0\"").get(location).then().statusCode(304);
        given().header("If-None-Match", "\"4\", W/\"0\"").get(location).then().statusCode(304);
        given().header("If-None-Match", "*").get(location).then().statusCode(304);
        given().header("If-None-Match", "W/\"1\"").get(location).then().statusCode(200);
    }

    @Test
    void ifMatchIsRequiredAndMustBeCurrentAndStrong() {
        String location = create("before");
        Map<String, Object> rename = Map.of("name", "after");

        given().contentType(ContentType.JSON)
                .body(rename)
                .patch(location)
                .then()
                .statusCode(428);
        given().contentType(ContentType.JSON)
                .header("If-Match", "W/\"0\"")
                .body(rename)
                .patch(location)
                .then()
                .statusCode(412);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(rename)
                .patch(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("after"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "stale"))
                .patch(location)
                .then()
                .statusCode(412);
        given().get(location).then().body("name", equalTo("after"));
    }

    @Test
    void ifMatchStarMatchesWhateverVersionIsCurrent() {
        String location = create("any");

        given().contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(Map.of("name", "first"))
                .patch(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        given().contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(Map.of("name", "second"))
                .patch(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("name", equalTo("second"));
    }

    @Test
    void pagesAreStableAndLinked() {
        for (int i = 0; i < 5; i++) {
            create("paged-" + i);
        }
        var first = given().queryParam("size", 2).get("/api/widgets");
        var second = given().queryParam("size", 2).queryParam("page", 2).get("/api/widgets");

        first.then().statusCode(200).body("page", equalTo(1)).body("size", equalTo(2));
        long total = first.jsonPath().getLong("totalItems");
        assertThat(first.jsonPath().getInt("totalPages")).isEqualTo((int) ((total + 1) / 2));
        assertThat(first.jsonPath().getList("items.id"))
                .doesNotContainAnyElementsOf(second.jsonPath().getList("items.id"));
        String links = String.join(",", second.headers().getValues("Link"));
        assertThat(links)
                .contains("page=1&size=2>; rel=\"first\"")
                .contains("page=1&size=2>; rel=\"prev\"")
                .contains("page=3&size=2>; rel=\"next\"");
    }

    @Test
    void theTotalIsTheSameOnAFullPageAShortLastPageAndPastTheEnd() {
        for (int i = 0; i < 3; i++) {
            create("total-" + i);
        }
        long total = totalItems(1, 1); // a full page: counted
        int size = (int) total - 1; // two pages, the second holding one widget

        assertThat(totalItems(1, PageRequest.MAX_SIZE)).isEqualTo(total);
        assertThat(totalItems(2, size)).isEqualTo(total);
        assertThat(given().queryParam("size", size)
                        .queryParam("page", 2)
                        .get("/api/widgets")
                        .jsonPath()
                        .getList("items"))
                .hasSize(1);
        assertThat(totalItems(3, size)).isEqualTo(total);
        assertThat(totalItems(50, size)).isEqualTo(total);
    }

    private static long totalItems(int page, int size) {
        return given().queryParam("size", size)
                .queryParam("page", page)
                .get("/api/widgets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    @Test
    void pageParametersAreValidated() {
        given().queryParam("page", 0).get("/api/widgets").then().statusCode(400);
        given().queryParam("size", 101).get("/api/widgets").then().statusCode(400);
    }
}
