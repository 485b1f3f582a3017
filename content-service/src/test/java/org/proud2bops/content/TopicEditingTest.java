package org.proud2bops.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.TestTokens;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class TopicEditingTest {

    @Test
    void anEditorAddsATopicAndRewordsItWithTheCurrentETag() {
        String slug = "workforce-planning-" + shortId();
        String etag = as(TestTokens.bearer("editor", "content-editor"))
                .body(topic(slug, "Workforce planning " + slug))
                .post("/api/content/topics")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/content/topics/" + slug))
                .extract()
                .header("ETag");
        given().get("/api/content/topics/" + slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("Workforce planning " + slug));

        Map<String, Object> reworded =
                Map.of("name", "Workforce " + slug, "description", "Planning the people services need.");
        as(TestTokens.bearer("editor", "content-editor"))
                .body(reworded)
                .put("/api/content/topics/" + slug)
                .then()
                .statusCode(428);
        as(TestTokens.bearer("editor", "content-editor"))
                .header("If-Match", etag)
                .body(reworded)
                .put("/api/content/topics/" + slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("Workforce " + slug));
        as(TestTokens.bearer("editor", "content-editor"))
                .header("If-Match", etag)
                .body(reworded)
                .put("/api/content/topics/" + slug)
                .then()
                .statusCode(412);
    }

    @Test
    void aSlugOrNameInUseIsAConflict() {
        as(TestTokens.bearer("editor", "content-editor"))
                .body(topic("patient-flow", "Flow " + shortId()))
                .post("/api/content/topics")
                .then()
                .spec(problem(ProblemType.ALREADY_EXISTS));
        as(TestTokens.bearer("editor", "content-editor"))
                .body(topic("flow-" + shortId(), "PATIENT FLOW"))
                .post("/api/content/topics")
                .then()
                .spec(problem(ProblemType.ALREADY_EXISTS));
    }

    @Test
    void badTopicsAreRefusedNamingTheField() {
        as(TestTokens.bearer("editor", "content-editor"))
                .body(topic("Not A Slug", "Workforce bad slug"))
                .post("/api/content/topics")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("slug"));
        as(TestTokens.bearer("editor", "content-editor"))
                .body(Map.of("name", "Workforce no slug " + shortId(), "description", "No slug given"))
                .post("/api/content/topics")
                .then()
                .statusCode(400)
                .body("field", equalTo("slug"));
    }

    @Test
    void onlyContentEditorsAndAdminsChangeTopics() {
        Map<String, Object> body = topic("workforce-" + shortId(), "Workforce roles " + shortId());
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/content/topics")
                .then()
                .statusCode(401);
        as(TestTokens.bearer("a-member", "member"))
                .body(body)
                .post("/api/content/topics")
                .then()
                .statusCode(403);
        as(TestTokens.bearer("events-person", "events-admin"))
                .body(body)
                .post("/api/content/topics")
                .then()
                .statusCode(403);
        as(TestTokens.regionalClient("regional-london", "LONDON"))
                .body(body)
                .post("/api/content/topics")
                .then()
                .statusCode(403);
        as(TestTokens.bearer("an-editor", "content-editor"))
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Patient flow", "description", "Changed by someone allowed"))
                .put("/api/content/topics/no-such-topic")
                .then()
                .statusCode(404);
        as(TestTokens.bearer("an-admin", "admin"))
                .body(body)
                .post("/api/content/topics")
                .then()
                .statusCode(201);
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    private static Map<String, Object> topic(String slug, String name) {
        return Map.of("slug", slug, "name", name, "description", "What operational managers write about " + name);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
