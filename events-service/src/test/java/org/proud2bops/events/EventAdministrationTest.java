package org.proud2bops.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.events.EventsTestData.as;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class EventAdministrationTest {

    @Test
    void aDraftIsSeenOnlyByEventsAdminsUntilItIsPublished() {
        Map<String, Object> body = EventsTestData.event("LONDON", 40);
        body.put("status", "DRAFT");
        String id = EventsTestData.createEvent(body);

        given().get("/api/events/" + id).then().statusCode(404);
        given().queryParam("size", 100).get("/api/events").then().body("items.id", not(hasItem(id)));
        String etag = asEventsAdmin()
                .get("/api/events/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .extract()
                .header("ETag");
        asEventsAdmin()
                .queryParam("status", "DRAFT")
                .queryParam("size", 100)
                .get("/api/events")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        body.put("status", "PUBLISHED");
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put("/api/events/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().get("/api/events/" + id)
                .then()
                .statusCode(200)
                .body("region", equalTo("LONDON"))
                .body("hostNetwork", equalTo("london"))
                .body("placesLeft", equalTo(40));
        given().queryParam("region", "LONDON")
                .queryParam("size", 100)
                .get("/api/events")
                .then()
                .body("items.id", hasItem(id));
        given().queryParam("region", "SOUTH_WEST")
                .queryParam("size", 100)
                .get("/api/events")
                .then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void changesNeedTheCurrentETag() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        String id = EventsTestData.createEvent(body);
        body.put("title", "Renamed summit");

        asEventsAdmin().body(body).put("/api/events/" + id).then().statusCode(428);
        asEventsAdmin()
                .header("If-Match", "\"7\"")
                .body(body)
                .put("/api/events/" + id)
                .then()
                .statusCode(412);
        given().get("/api/events/" + id).then().body("title", not(equalTo("Renamed summit")));
    }

    @Test
    void theCapacityCannotGoBelowThePlacesTaken() {
        Map<String, Object> body = EventsTestData.event(null, 3);
        String id = EventsTestData.createEvent(body);
        asEventsAdmin()
                .body(EventsTestData.guest("Ada Guest"))
                .post("/api/events/" + id + "/registrations")
                .then()
                .statusCode(201);
        asEventsAdmin()
                .body(EventsTestData.guest("Ben Guest"))
                .post("/api/events/" + id + "/registrations")
                .then()
                .statusCode(201);
        String etag = given().get("/api/events/" + id)
                .then()
                .body("placesLeft", equalTo(1))
                .extract()
                .header("ETag");

        body.put("capacity", 1);
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put("/api/events/" + id)
                .then()
                .spec(problem(ProblemType.CONFLICTING_CHANGE));
        body.put("capacity", 2);
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put("/api/events/" + id)
                .then()
                .statusCode(200)
                .body("placesLeft", equalTo(0));
    }

    @Test
    void badEventsAreRefusedNamingTheField() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        body.put("endsAt", body.get("startsAt"));
        asEventsAdmin()
                .body(body)
                .post("/api/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("endsAt"));

        Map<String, Object> badZone = EventsTestData.event(null, 10);
        badZone.put("timeZone", "Middle/Earth");
        asEventsAdmin().body(badZone).post("/api/events").then().statusCode(400).body("field", equalTo("timeZone"));

        Map<String, Object> badValues = EventsTestData.event(null, -1);
        badValues.put("hostNetwork", "Not A Slug");
        asEventsAdmin()
                .body(badValues)
                .post("/api/events")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem(containsString("capacity")))
                .body("violations.field", hasItem(containsString("hostNetwork")));
    }

    @Test
    void onlyEventsAdminsAndAdminsCreateEvents() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/events")
                .then()
                .statusCode(401);
        as(TestTokens.bearer("a-member", "member"))
                .body(body)
                .post("/api/events")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.regionalClient("regional-london", "LONDON"))
                .body(body)
                .post("/api/events")
                .then()
                .statusCode(403);
        as(TestTokens.bearer("an-admin", "admin"))
                .body(body)
                .post("/api/events")
                .then()
                .statusCode(201);
        given().queryParam("status", "DRAFT").get("/api/events").then().statusCode(401);
        as(TestTokens.bearer("a-member", "member"))
                .queryParam("status", "DRAFT")
                .get("/api/events")
                .then()
                .statusCode(403);
    }
}
