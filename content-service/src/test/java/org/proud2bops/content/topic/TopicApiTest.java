package org.proud2bops.content.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.asAdmin;
import static org.proud2bops.content.ContentTestData.asContentEditor;
import static org.proud2bops.content.ContentTestData.asRegionalClient;
import static org.proud2bops.content.ContentTestData.asSomeoneWith;
import static org.proud2bops.content.ContentTestData.topic;
import static org.proud2bops.content.ContentTestData.unique;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class TopicApiTest {

    private static final String TOPICS = "/api/content/topics";
    private static final String TOPIC = "/api/content/topics/{slug}";

    @Test
    void theStarterTopicsAreListedAlphabetically() {
        var page = anonymous()
                .queryParam("size", 3)
                .get(TOPICS)
                .then()
                .statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(8))
                .extract()
                .jsonPath();

        List<TopicResponse> topics = page.getList("items", TopicResponse.class);
        assertThat(topics).extracting(TopicResponse::name).startsWith("Collective leadership", "Digital and AI");
    }

    @Test
    void aTopicIsReadBySlugWithAnETag() {
        var read = anonymous()
                .get(TOPIC, "winter-pressures")
                .then()
                .statusCode(200)
                .extract();

        assertThat(read.as(TopicResponse.class).name()).isEqualTo("Winter pressures");
        anonymous()
                .header("If-None-Match", read.header("ETag"))
                .get(TOPIC, "winter-pressures")
                .then()
                .statusCode(304);
    }

    @Test
    void theTopicListAnswers304UntilATopicIsAddedOrReworded() {
        String listed = listTag();
        anonymous().header("If-None-Match", listed).get(TOPICS).then().statusCode(304);

        String slug = unique("estates");
        String etag = addTopic(slug, "Estates " + slug);
        String afterAdding = listTag();
        anonymous().header("If-None-Match", listed).get(TOPICS).then().statusCode(200);

        asContentEditor()
                .header("If-Match", etag)
                .body(Map.of(
                        "name", "Estates and facilities " + slug, "description", "Buildings and the services in them."))
                .put(TOPIC, slug)
                .then()
                .statusCode(200);
        assertThat(List.of(listed, afterAdding)).doesNotContain(listTag());
        assertThat(afterAdding).isNotEqualTo(listed);
    }

    /** Adds the topic as a content editor: its ETag. */
    private static String addTopic(String slug, String name) {
        return asContentEditor()
                .body(topic(slug, name))
                .post(TOPICS)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/content/topics/" + slug))
                .extract()
                .header("ETag");
    }

    private static String listTag() {
        return anonymous().get(TOPICS).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anUnknownTopicIsAProblem() {
        anonymous()
                .get(TOPIC, "astrology")
                .then()
                .spec(problem(ProblemType.NOT_FOUND))
                .body("status", equalTo(404));
    }

    @Test
    void anEditorAddsATopicAndRewordsItWithTheCurrentETag() {
        String slug = unique("workforce-planning");
        String etag = addTopic(slug, "Workforce planning " + slug);
        TopicResponse added =
                anonymous().get(TOPIC, slug).then().statusCode(200).extract().as(TopicResponse.class);
        assertThat(added.name()).isEqualTo("Workforce planning " + slug);

        Map<String, Object> reworded =
                Map.of("name", "Workforce " + slug, "description", "Planning the people services need.");
        asContentEditor().body(reworded).put(TOPIC, slug).then().statusCode(428);
        TopicResponse rewordedTopic = asContentEditor()
                .header("If-Match", etag)
                .body(reworded)
                .put(TOPIC, slug)
                .then()
                .statusCode(200)
                .extract()
                .as(TopicResponse.class);
        assertThat(rewordedTopic.name()).isEqualTo("Workforce " + slug);
        asContentEditor()
                .header("If-Match", etag)
                .body(reworded)
                .put(TOPIC, slug)
                .then()
                .statusCode(412);
    }

    @Test
    void aSlugOrNameInUseIsAConflict() {
        asContentEditor()
                .body(topic("patient-flow", unique("Flow")))
                .post(TOPICS)
                .then()
                .spec(problem(ProblemType.ALREADY_EXISTS));
        asContentEditor()
                .body(topic(unique("flow"), "PATIENT FLOW"))
                .post(TOPICS)
                .then()
                .spec(problem(ProblemType.ALREADY_EXISTS));
    }

    @Test
    void badTopicsAreRefusedNamingTheField() {
        asContentEditor()
                .body(topic("Not A Slug", "Workforce bad slug"))
                .post(TOPICS)
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("slug"));
        asContentEditor()
                .body(Map.of("name", unique("Workforce no slug"), "description", "No slug given"))
                .post(TOPICS)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("slug"));
    }

    @Test
    void onlyContentEditorsAndAdminsChangeTopics() {
        Map<String, Object> body = topic(unique("workforce"), unique("Workforce roles"));
        anonymous().body(body).post(TOPICS).then().statusCode(401);
        asSomeoneWith("member").body(body).post(TOPICS).then().statusCode(403);
        asSomeoneWith("events-admin").body(body).post(TOPICS).then().statusCode(403);
        asRegionalClient("LONDON").body(body).post(TOPICS).then().statusCode(403);
        asContentEditor()
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Patient flow", "description", "Changed by someone allowed"))
                .put(TOPIC, "no-such-topic")
                .then()
                .statusCode(404);
        asAdmin().body(body).post(TOPICS).then().statusCode(201);
    }
}
