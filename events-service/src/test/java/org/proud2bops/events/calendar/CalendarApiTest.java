package org.proud2bops.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.calendar.EventCalendarsTest.onlyEntry;
import static org.proud2bops.events.calendar.EventCalendarsTest.parse;
import static org.proud2bops.events.calendar.EventCalendarsTest.value;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.event.Region;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class CalendarApiTest {

    private static final String EVENT = "/api/events/{eventId}";
    private static final String EVENT_CALENDAR = "/api/events/{eventId}/calendar.ics";
    private static final String FEED = "/api/events/calendar.ics";
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Test
    void anyoneGetsAPublishedEventAsAValidCalendarFile() throws Exception {
        Map<String, Object> body = EventsTestData.event(Region.NORTH_WEST, 40);
        body.put("venue", "Manchester Central");
        String eventId = EventsTestData.createEvent(body);

        ExtractableResponse<Response> served =
                anonymous().get(EVENT_CALENDAR, eventId).then().statusCode(200).extract();

        assertThat(served.contentType()).isEqualToIgnoringWhitespace("text/calendar;charset=utf-8");
        assertThat(served.header("Cache-Control")).isEqualTo("public, max-age=300");
        Calendar calendar = parse(served.asString());
        assertThat(calendar.validate().hasErrors()).isFalse();
        VEvent entry = onlyEntry(calendar);
        assertThat(value(entry, Property.UID)).isEqualTo(eventId + "@proud2bops.org");
        assertThat(entry.getSummary().getValue()).isEqualTo(body.get("title"));
        assertThat(entry.getDescription().getValue()).isEqualTo(body.get("summary"));
        assertThat(value(entry, Property.DTSTART)).isEqualTo(utc((String) body.get("startsAt")));
        assertThat(value(entry, Property.DTEND)).isEqualTo(utc((String) body.get("endsAt")));
        assertThat(value(entry, Property.LOCATION)).isEqualTo("Manchester Central");
        assertThat(value(entry, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(entry.getProperty(Property.DTSTAMP)).isPresent();

        String etag = served.header("ETag");
        anonymous()
                .header("If-None-Match", etag)
                .get(EVENT_CALENDAR, eventId)
                .then()
                .statusCode(304);
    }

    @Test
    void anEditKeepsTheUidAndRaisesTheSequenceSoCalendarsUpdateTheirCopy() throws Exception {
        Map<String, Object> body = EventsTestData.event(Region.NORTH_WEST, 40);
        String eventId = EventsTestData.createEvent(body);
        ExtractableResponse<Response> before =
                anonymous().get(EVENT_CALENDAR, eventId).then().statusCode(200).extract();
        VEvent first = onlyEntry(parse(before.asString()));

        body.put("title", "Renamed: " + body.get("title"));
        asEventsAdmin()
                .header("If-Match", currentTag(eventId))
                .body(body)
                .put(EVENT, eventId)
                .then()
                .statusCode(200);
        ExtractableResponse<Response> after = anonymous()
                .header("If-None-Match", before.header("ETag"))
                .get(EVENT_CALENDAR, eventId)
                .then()
                .statusCode(200)
                .extract();
        VEvent second = onlyEntry(parse(after.asString()));

        assertThat(value(second, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(Integer.parseInt(value(second, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
        assertThat(second.getSummary().getValue()).startsWith("Renamed: ");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
    }

    @Test
    void aCancelledEventsFileSaysCancelledToThoseWhoStillSeeIt() throws Exception {
        Map<String, Object> body = EventsTestData.event(Region.NORTH_WEST, 40);
        String eventId = EventsTestData.createEvent(body);
        body.put("status", "CANCELLED");
        asEventsAdmin()
                .header("If-Match", currentTag(eventId))
                .body(body)
                .put(EVENT, eventId)
                .then()
                .statusCode(200);

        ExtractableResponse<Response> served = asEventsAdmin()
                .get(EVENT_CALENDAR, eventId)
                .then()
                .statusCode(200)
                .extract();

        Calendar calendar = parse(served.asString());
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(value(onlyEntry(calendar), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(served.header("Cache-Control")).isEqualTo("private, no-cache");
        anonymous().get(EVENT_CALENDAR, eventId).then().spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void theFeedCarriesUpcomingPublishedEventsOfTheFilterOnlyAndChangesItsTagWhenOneIsAdded() throws Exception {
        String published = EventsTestData.createEvent(tweetChat(Region.SOUTH_EAST));
        Map<String, Object> draftBody = tweetChat(Region.SOUTH_EAST);
        draftBody.put("status", "DRAFT");
        String draft = EventsTestData.createEvent(draftBody);
        Map<String, Object> cancelledBody = tweetChat(Region.SOUTH_EAST);
        String cancelled = EventsTestData.createEvent(cancelledBody);
        cancelledBody.put("status", "CANCELLED");
        asEventsAdmin()
                .header("If-Match", currentTag(cancelled))
                .body(cancelledBody)
                .put(EVENT, cancelled)
                .then()
                .statusCode(200);
        String otherKind = EventsTestData.publishedEvent(Region.SOUTH_EAST, 10);
        String otherRegion = EventsTestData.createEvent(tweetChat(Region.LONDON));

        ExtractableResponse<Response> feed = feed(null).statusCode(200).extract();

        assertThat(feed.contentType()).isEqualToIgnoringWhitespace("text/calendar;charset=utf-8");
        assertThat(feed.header("Cache-Control")).isEqualTo("public, max-age=300");
        Calendar calendar = parse(feed.asString());
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(uids(calendar))
                .contains(published + "@proud2bops.org")
                .doesNotContain(
                        draft + "@proud2bops.org",
                        cancelled + "@proud2bops.org",
                        otherKind + "@proud2bops.org",
                        otherRegion + "@proud2bops.org");
        assertThat(uids(calendar)).allSatisfy(uid -> assertThat(uid).endsWith("@proud2bops.org"));
        feed(feed.header("ETag")).statusCode(304);

        String added = EventsTestData.createEvent(tweetChat(Region.SOUTH_EAST));

        ExtractableResponse<Response> changed =
                feed(feed.header("ETag")).statusCode(200).extract();
        assertThat(changed.header("ETag")).isNotEqualTo(feed.header("ETag"));
        assertThat(uids(parse(changed.asString()))).contains(added + "@proud2bops.org", published + "@proud2bops.org");
    }

    @Test
    void anEventNobodyMaySeeHasNoCalendarFile() {
        String draft = EventsTestData.draftEvent(Region.NORTH_WEST, 10);

        anonymous().get(EVENT_CALENDAR, draft).then().spec(problem(ProblemType.NOT_FOUND));
        asEventsAdmin().get(EVENT_CALENDAR, draft).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse feed(String ifNoneMatch) {
        var request = anonymous().queryParam("region", "SOUTH_EAST").queryParam("kind", "TWEET_CHAT");
        return (ifNoneMatch == null ? request : request.header("If-None-Match", ifNoneMatch))
                .get(FEED)
                .then();
    }

    private static Map<String, Object> tweetChat(Region region) {
        Map<String, Object> body = EventsTestData.event(region, 100);
        body.put("kind", "TWEET_CHAT");
        body.put("online", true);
        return body;
    }

    private static String currentTag(String eventId) {
        return asEventsAdmin()
                .get(EVENT, eventId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(entry -> value(entry, Property.UID))
                .toList();
    }

    private static String utc(String instant) {
        return UTC_DATE_TIME.format(Instant.parse(instant));
    }
}
