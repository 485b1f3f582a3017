package org.proud2bops.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.TestClock;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * The published events listing keeps the pages it reads (PublishedListing): what it answers is still what the events
 * are, after every kind of change, and an event leaves it when it ends (by the application's clock). The test profile keeps pages for 7 days at
 * most, so only these reasons can make a page go.
 */
@QuarkusTest
@WithPlatformInfrastructure
class PublishedListingApiTest {

    private static final String EVENTS = "/api/events";
    private static final String EVENT = "/api/events/{eventId}";

    @Inject
    TestClock clock;

    @AfterEach
    void timeAsItIs() {
        clock.reset();
    }

    /** A listing of its own: the events that end after a random instant years ahead, where no other test puts any. */
    private final Instant window = Instant.now()
            .plus(Duration.ofDays(3000 + ThreadLocalRandom.current().nextInt(3000)))
            .truncatedTo(ChronoUnit.SECONDS);

    private JsonPath listed() {
        return anonymous()
                .queryParam("endingAfter", window.toString())
                .queryParam("size", 2)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private Map<String, Object> eventIn(String title, Duration startsAfterWindow) {
        Map<String, Object> body = EventsTestData.event(null, 2);
        Instant startsAt = window.plus(startsAfterWindow);
        body.put("title", title);
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plus(Duration.ofHours(6)).toString());
        return body;
    }

    private static void put(String eventId, Map<String, Object> body) {
        String etag = asEventsAdmin()
                .get(EVENT, eventId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put(EVENT, eventId)
                .then()
                .statusCode(200);
    }

    @Test
    void theListingFollowsEveryChangeOfItsEvents() {
        Map<String, Object> body = eventIn("Kept listing summit", Duration.ofHours(1));
        String eventId = EventsTestData.createEvent(body);
        assertThat(listed().getList("items.placesLeft", Integer.class)).containsExactly(2);
        assertThat(listed().getList("items.placesLeft", Integer.class)).containsExactly(2);

        EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Kept Listing Guest"));
        assertThat(listed().getList("items.placesLeft", Integer.class))
                .as("a place taken")
                .containsExactly(1);

        body.put("title", "Kept listing summit, renamed");
        put(eventId, body);
        assertThat(listed().getList("items.title", String.class)).containsExactly("Kept listing summit, renamed");

        String later = EventsTestData.createEvent(eventIn("Kept listing course", Duration.ofHours(2)));
        String earlier = EventsTestData.createEvent(eventIn("Kept listing webinar", Duration.ZERO));
        JsonPath three = listed();
        assertThat(three.getList("items.id", String.class)).containsExactly(earlier, eventId);
        assertThat(three.getLong("totalItems")).isEqualTo(3);
        assertThat(three.getInt("totalPages")).isEqualTo(2);

        body.put("status", "CANCELLED");
        put(eventId, body);
        JsonPath two = listed();
        assertThat(two.getList("items.id", String.class)).containsExactly(earlier, later);
        assertThat(two.getLong("totalItems")).isEqualTo(2);

        QuarkusTransaction.requiringNew()
                .run(() ->
                        CDI.current().select(EventRepository.class).get().findById(UUID.fromString(later)).placesTaken =
                                2);
        assertThat(listed().getList("items.placesLeft", Integer.class))
                .as("a change made by any code of the service")
                .containsExactly(2, 0);
    }

    @Test
    void anEventLeavesTheListingWhenItEnds() {
        Instant endsAt = clock.instant().plus(Duration.ofHours(1));
        UUID ending = QuarkusTransaction.requiringNew().call(() -> {
            UUID id = EventsTestData.storedEvent("Ending tweet chat", EventStatus.PUBLISHED, Duration.ofHours(-1));
            Event event = CDI.current().select(EventRepository.class).get().findById(id);
            event.kind = EventKind.TWEET_CHAT;
            event.startsAt = endsAt.minus(Duration.ofHours(2));
            event.endsAt = endsAt;
            return id;
        });
        assertThat(tweetChats()).contains(ending.toString());
        assertThat(tweetChats()).contains(ending.toString());

        clock.advance(Duration.ofMinutes(61));

        assertThat(tweetChats()).doesNotContain(ending.toString());
    }

    private static List<String> tweetChats() {
        return anonymous()
                .queryParam("kind", "TWEET_CHAT")
                .queryParam("size", 100)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }
}
