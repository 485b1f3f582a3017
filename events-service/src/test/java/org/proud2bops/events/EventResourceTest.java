package org.proud2bops.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.domain.Event;
import org.proud2bops.events.domain.EventKind;
import org.proud2bops.events.domain.EventRepository;
import org.proud2bops.events.domain.EventStatus;

@QuarkusTest
class EventResourceTest {

    @Inject
    EventRepository events;

    @Test
    void listsOnlyPublishedEventsThatHaveNotEnded() {
        UUID upcoming = store("Winter pressures webinar", EventStatus.PUBLISHED, Duration.ofDays(3));
        UUID draft = store("Draft summit", EventStatus.DRAFT, Duration.ofDays(3));
        UUID past = store("Last year's summit", EventStatus.PUBLISHED, Duration.ofDays(-300));

        given().queryParam("size", 100)
                .get("/api/events")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(upcoming.toString()))
                .body("items.id", not(hasItem(draft.toString())))
                .body("items.id", not(hasItem(past.toString())));
    }

    @Test
    void aPublishedEventCarriesItsZoneAndAnETag() {
        UUID id = store("NHS operations summit", EventStatus.PUBLISHED, Duration.ofDays(10));

        String etag = given().get("/api/events/" + id)
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/London"))
                .body("kind", equalTo("SUMMIT"))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag).get("/api/events/" + id).then().statusCode(304);
    }

    @Test
    void aDraftIsNotFound() {
        UUID draft = store("Draft summit", EventStatus.DRAFT, Duration.ofDays(3));

        given().get("/api/events/" + draft).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownKindIsABadRequest() {
        given().queryParam("kind", "PARTY")
                .get("/api/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("'kind' must be one of SUMMIT"));
        given().queryParam("endingAfter", "next tuesday")
                .get("/api/events")
                .then()
                .statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("'endingAfter'"));
    }

    private UUID store(String title, EventStatus status, Duration fromNow) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Event event = new Event();
            event.id = UUID.randomUUID();
            event.title = title;
            event.summary = "A session for operational managers";
            event.kind = EventKind.SUMMIT;
            event.status = status;
            event.startsAt = Instant.now().plus(fromNow);
            event.endsAt = event.startsAt.plus(Duration.ofHours(8));
            event.timeZone = "Europe/London";
            event.venue = "London";
            event.capacity = 300;
            events.persist(event);
            return event.id;
        });
    }
}
