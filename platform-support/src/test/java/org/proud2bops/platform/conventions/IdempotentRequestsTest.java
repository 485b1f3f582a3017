package org.proud2bops.platform.conventions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.testing.TestTokens;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class IdempotentRequestsTest {

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CreationHolds creationHolds;

    private static Response post(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/widgets");
    }

    @Test
    void aRetryReplaysTheFirstResponseAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "once");
        long before = total();

        Response first = post(key, body);
        Response retry = post(key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(total()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        String key = UUID.randomUUID().toString();
        post(key, Map.of("name", "first")).then().statusCode(201);

        post(key, Map.of("name", "second")).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void theSameKeyWhileTheFirstIsInFlightIsAConflict() throws InterruptedException {
        String key = UUID.randomUUID().toString();
        String name = "held " + key.substring(0, 8);
        Map<String, Object> body = Map.of("name", name);
        CreationHolds.Hold hold = creationHolds.holdNextCreationOf(name);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(key, body));
        hold.awaitHolding();

        post(key, body).then().statusCode(409).contentType("application/problem+json");
        hold.release();
        assertThat(first.join().statusCode()).isEqualTo(201);
        post(key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    @Test
    void aFailedRequestStoresNothingSoItCanBeCorrected() {
        String key = UUID.randomUUID().toString();
        post(key, Map.of("name", "")).then().statusCode(400);

        post(key, Map.of("name", "")).then().statusCode(400);
        post(key, Map.of("name", "fixed")).then().statusCode(201);
    }

    @Test
    void twoCallersUsingTheSameKeyNeverSeeEachOthersOutcome() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "same body");

        Response first = given().header("Authorization", TestTokens.bearer("first-person", "member"))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/widgets");
        Response second = given().header("Authorization", TestTokens.bearer("second-person", "member"))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/widgets");
        Response anonymous = post(key, body);

        assertThat(List.of(first.statusCode(), second.statusCode(), anonymous.statusCode()))
                .containsOnly(201);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(anonymous.header("Idempotent-Replayed")).isNull();
        assertThat(List.of(
                        first.jsonPath().getString("id"),
                        second.jsonPath().getString("id"),
                        anonymous.jsonPath().getString("id")))
                .doesNotHaveDuplicates();
        given().header("Authorization", TestTokens.bearer("second-person", "member"))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/widgets")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
    }

    @Test
    void forgettingAPersonDropsTheOutcomesOfTheirRequestsAndThoseNamingThem() {
        String key = UUID.randomUUID().toString();
        String person = TestTokens.bearer("person-to-forget-" + key, "member");
        String someoneElse = TestTokens.bearer("someone-else-" + key, "member");
        Map<String, Object> theirs = Map.of("name", "their own widget");
        Map<String, Object> namingThem = Map.of("name", "Widget for Forgotten-" + key.substring(0, 8));
        postAs(person, key, theirs).then().statusCode(201);
        postAs(someoneElse, key, namingThem).then().statusCode(201);
        postAs(someoneElse, key + "-kept", theirs).then().statusCode(201);

        long forgotten = QuarkusTransaction.requiringNew()
                .call(() -> idempotentRequests.forgetEverythingAbout(
                        "person-to-forget-" + key, "FORGOTTEN-" + key.substring(0, 8)));

        assertThat(forgotten).isEqualTo(2);
        postAs(person, key, theirs).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        postAs(someoneElse, key, namingThem).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        postAs(someoneElse, key + "-kept", theirs).then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    private static Response postAs(String bearer, String key, Map<String, Object> body) {
        return given().header("Authorization", bearer)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/widgets");
    }

    @Test
    void anOverlongKeyIsRefused() {
        post("k".repeat(256), Map.of("name", "x")).then().statusCode(400).contentType("application/problem+json");
    }

    private static long total() {
        return given().get("/api/widgets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }
}
