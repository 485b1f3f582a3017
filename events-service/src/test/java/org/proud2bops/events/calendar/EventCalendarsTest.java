package org.proud2bops.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventKind;
import org.proud2bops.events.event.EventStatus;

/** Events as iCalendar text: valid by ical4j's own validator, and read back to what was written. */
class EventCalendarsTest {

    private static final Instant STAMP = Instant.parse("2026-11-29T12:00:00Z");

    @ParameterizedTest(name = "{0} -> STATUS:{1}")
    @CsvSource({"PUBLISHED, CONFIRMED", "CANCELLED, CANCELLED", "DRAFT, TENTATIVE", "COMPLETED, CONFIRMED"})
    void anEventsStatusBecomesTheEntrysStatus(EventStatus status, String entryStatus) throws Exception {
        Event event = event(status);

        Calendar parsed = parse(EventCalendars.text(EventCalendars.of(List.of(event), STAMP)));

        assertThat(parsed.validate().hasErrors()).isFalse();
        assertThat(value(onlyEntry(parsed), Property.STATUS)).isEqualTo(entryStatus);
    }

    @Test
    void anEntryCarriesTheEventsTimesTextsPlaceAndVersion() throws Exception {
        Event event = event(EventStatus.PUBLISHED);
        event.title = "Summit; day one, with a long title that a calendar line has to fold because it is longer";
        event.summary = "Line one\nLine two, with commas; and semicolons";
        event.version = 7;

        String text = EventCalendars.text(EventCalendars.of(List.of(event), STAMP));
        VEvent entry = onlyEntry(parse(text));

        assertThat(text).contains("\r\n").doesNotContain("\n\n");
        assertThat(text.lines())
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .hasSizeLessThanOrEqualTo(75));
        assertThat(value(entry, Property.UID)).isEqualTo(event.id + "@proud2bops.org");
        assertThat(value(entry, Property.DTSTAMP)).isEqualTo("20261129T120000Z");
        assertThat(value(entry, Property.DTSTART)).isEqualTo("20271107T090000Z");
        assertThat(value(entry, Property.DTEND)).isEqualTo("20271107T170000Z");
        assertThat(entry.getSummary().getValue()).isEqualTo(event.title);
        assertThat(entry.getDescription().getValue()).isEqualTo(event.summary);
        assertThat(value(entry, Property.LOCATION)).isEqualTo("Manchester Central and online");
        assertThat(value(entry, Property.SEQUENCE)).isEqualTo("7");
        assertThat(entry.getProperty(Property.CATEGORIES)).isEmpty();
    }

    @Test
    void anEventsTagsAreTheEntrysCategoriesAndItsOnlineLinkIsNowhere() throws Exception {
        Event event = event(EventStatus.PUBLISHED);
        event.tags = List.of("leadership", "winter-pressures");
        event.onlineLink = "https://meet.example.org/secret-room";

        String text = EventCalendars.text(EventCalendars.of(List.of(event), STAMP));
        Calendar parsed = parse(text);

        assertThat(parsed.validate().hasErrors()).isFalse();
        assertThat(value(onlyEntry(parsed), Property.CATEGORIES)).isEqualTo("leadership,winter-pressures");
        assertThat(text).doesNotContain("secret-room");
    }

    @Test
    void aFeedWithNothingComingUpIsStillAValidCalendar() throws Exception {
        Calendar parsed = parse(EventCalendars.text(EventCalendars.of(List.of(), STAMP)));

        assertThat(parsed.validate().hasErrors()).isFalse();
        assertThat(parsed.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT))
                .isEmpty();
    }

    private static Event event(EventStatus status) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.title = "NHS Executive Strategy Summit";
        event.summary = "A day for operational leaders";
        event.kind = EventKind.SUMMIT;
        event.status = status;
        event.startsAt = Instant.parse("2027-11-07T09:00:00Z");
        event.endsAt = Instant.parse("2027-11-07T17:00:00Z");
        event.timeZone = "Europe/London";
        event.venue = "Manchester Central";
        event.online = true;
        event.capacity = 300;
        event.version = 2;
        return event;
    }

    static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static VEvent onlyEntry(Calendar calendar) {
        List<VEvent> entries = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    static String value(VEvent entry, String property) {
        return entry.getProperty(property).orElseThrow().getValue();
    }
}
