package org.proud2bops.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.as;
import static org.proud2bops.events.EventsTestData.asAdmin;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.asRegionalClient;
import static org.proud2bops.events.EventsTestData.asSomeoneWith;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.TestTokens;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class EventApiTest {

    private static final String EVENTS = "/api/events";
    private static final String EVENT = "/api/events/{eventId}";

    @Test
    void listsOnlyPublishedEventsThatHaveNotEnded() {
        UUID upcoming =
                EventsTestData.storedEvent("Winter pressures webinar", EventStatus.PUBLISHED, Duration.ofDays(3));
        UUID draft = EventsTestData.storedEvent("Draft summit", EventStatus.DRAFT, Duration.ofDays(3));
        UUID past = EventsTestData.storedEvent("Last year's summit", EventStatus.PUBLISHED, Duration.ofDays(-300));

        anonymous()
                .queryParam("size", 100)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(upcoming.toString()))
                .body("items.id", not(hasItem(draft.toString())))
                .body("items.id", not(hasItem(past.toString())));
    }

    @Test
    void aPublishedEventCarriesItsZoneAndAnETag() {
        UUID id = EventsTestData.storedEvent("NHS operations summit", EventStatus.PUBLISHED, Duration.ofDays(10));

        var response = anonymous().get(EVENT, id).then().statusCode(200).extract();
        EventResponse event = response.as(EventResponse.class);
        assertThat(event.timeZone()).isEqualTo("Europe/London");
        assertThat(event.kind()).isEqualTo(EventKind.SUMMIT);
        anonymous()
                .header("If-None-Match", response.header("ETag"))
                .get(EVENT, id)
                .then()
                .statusCode(304);
    }

    @Test
    void aDraftIsNotFound() {
        UUID draft = EventsTestData.storedEvent("Draft summit", EventStatus.DRAFT, Duration.ofDays(3));

        anonymous().get(EVENT, draft).then().spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void anUnknownKindIsABadRequest() {
        anonymous()
                .queryParam("kind", "PARTY")
                .get(EVENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'kind' must be one of SUMMIT"));
        anonymous()
                .queryParam("endingAfter", "next tuesday")
                .get(EVENTS)
                .then()
                .statusCode(400)
                .body("detail", containsString("'endingAfter'"));
    }

    @Test
    void aDraftIsSeenOnlyByEventsAdminsUntilItIsPublished() {
        Map<String, Object> body = EventsTestData.event(Region.LONDON, 40);
        body.put("status", "DRAFT");
        String id = EventsTestData.createEvent(body);

        anonymous().get(EVENT, id).then().statusCode(404);
        anonymous().queryParam("size", 100).get(EVENTS).then().body("items.id", not(hasItem(id)));
        String etag = asEventsAdmin()
                .get(EVENT, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .extract()
                .header("ETag");
        asEventsAdmin()
                .queryParam("status", "DRAFT")
                .queryParam("size", 100)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        body.put("status", "PUBLISHED");
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put(EVENT, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        EventResponse published =
                anonymous().get(EVENT, id).then().statusCode(200).extract().as(EventResponse.class);
        assertThat(published.region()).isEqualTo(Region.LONDON);
        assertThat(published.hostNetwork()).isEqualTo("london");
        assertThat(published.placesLeft()).isEqualTo(40);
        anonymous()
                .queryParam("region", "LONDON")
                .queryParam("size", 100)
                .get(EVENTS)
                .then()
                .body("items.id", hasItem(id));
        anonymous()
                .queryParam("region", "SOUTH_WEST")
                .queryParam("size", 100)
                .get(EVENTS)
                .then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void changesNeedTheCurrentETag() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        String id = EventsTestData.createEvent(body);
        body.put("title", "Renamed summit");

        asEventsAdmin().body(body).put(EVENT, id).then().statusCode(428);
        asEventsAdmin()
                .header("If-Match", "\"7\"")
                .body(body)
                .put(EVENT, id)
                .then()
                .statusCode(412);
        anonymous().get(EVENT, id).then().body("title", not(equalTo("Renamed summit")));
    }

    @Test
    void theCapacityCannotGoBelowThePlacesTaken() {
        Map<String, Object> body = EventsTestData.event(null, 3);
        String id = EventsTestData.createEvent(body);
        EventsTestData.register(asEventsAdmin(), id, EventsTestData.guest("Ada Guest"));
        EventsTestData.register(asEventsAdmin(), id, EventsTestData.guest("Ben Guest"));
        String etag = anonymous()
                .get(EVENT, id)
                .then()
                .body("placesLeft", equalTo(1))
                .extract()
                .header("ETag");

        body.put("capacity", 1);
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put(EVENT, id)
                .then()
                .spec(problem(ProblemType.CONFLICTING_CHANGE));
        body.put("capacity", 2);
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put(EVENT, id)
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
                .post(EVENTS)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("endsAt"));

        Map<String, Object> badZone = EventsTestData.event(null, 10);
        badZone.put("timeZone", "Middle/Earth");
        asEventsAdmin().body(badZone).post(EVENTS).then().statusCode(400).body("field", equalTo("timeZone"));

        Map<String, Object> badValues = EventsTestData.event(null, -1);
        badValues.put("hostNetwork", "Not A Slug");
        asEventsAdmin()
                .body(badValues)
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem(containsString("capacity")))
                .body("violations.field", hasItem(containsString("hostNetwork")));
    }

    @Test
    void onlyEventsAdminsAndAdminsCreateEvents() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        anonymous().body(body).post(EVENTS).then().statusCode(401);
        asSomeoneWith("member").body(body).post(EVENTS).then().spec(problem(ProblemType.FORBIDDEN));
        asRegionalClient(Region.LONDON).body(body).post(EVENTS).then().statusCode(403);
        asAdmin().body(body).post(EVENTS).then().statusCode(201);
        anonymous().queryParam("status", "DRAFT").get(EVENTS).then().statusCode(401);
        as(TestTokens.bearer("a-member", "member"))
                .queryParam("status", "DRAFT")
                .get(EVENTS)
                .then()
                .statusCode(403);
    }
}
