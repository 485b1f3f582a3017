package org.proud2bops.events.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventStatus;

/**
 * Events as iCalendar (RFC 5545) with ical4j. Each event is one VEVENT whose UID never changes
 * ({@code <event id>@proud2bops.org}) and whose SEQUENCE is the event's row version, so a calendar that imported it
 * replaces its copy when the event changes. Times are UTC instants (DTSTART/DTEND end in Z), so no VTIMEZONE is
 * needed; the event's own zone only says where it happens.
 */
public final class EventCalendars {

    public static final String PRODUCT_ID = "-//Proud2bOps//Events//EN";
    public static final String UID_DOMAIN = "proud2bops.org";

    private EventCalendars() {}

    /** A calendar of the events, each stamped {@code stamp} (when this copy was made). */
    public static Calendar of(List<Event> events, Instant stamp) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT_ID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        events.forEach(event -> calendar.add(entry(event, stamp)));
        if (events.isEmpty()) {
            // RFC 5545 (3.6) wants at least one component: a feed with nothing coming up carries the UTC zone, unused
            calendar.add(utc());
        }
        return calendar;
    }

    /** The calendar as RFC 5545 text: CRLF line ends, long lines folded at 75 octets. */
    public static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String uidOf(Event event) {
        return event.id + "@" + UID_DOMAIN;
    }

    static VEvent entry(Event event, Instant stamp) {
        VEvent entry = new VEvent(false)
                .add(new Uid(uidOf(event)))
                .add(new DtStamp(stamp))
                .add(new DtStart<>(event.startsAt))
                .add(new DtEnd<>(event.endsAt))
                .add(new Summary(event.title))
                .add(new Description(event.summary))
                .add(new Sequence((int) Math.min(event.version, Integer.MAX_VALUE)))
                .add(statusOf(event));
        location(event).ifPresent(location -> entry.add(new Location(location)));
        if (!event.tags.isEmpty()) {
            // The event's tags, for calendar clients that sort by category; never its online joining link
            entry.add(new Categories(new TextList(event.tags.toArray(String[]::new))));
        }
        return entry;
    }

    /** A time zone that is UTC all year, the zone every time in these calendars is written in. */
    static VTimeZone utc() {
        Standard always = new Standard()
                .add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)))
                .add(new TzOffsetFrom(ZoneOffset.UTC))
                .add(new TzOffsetTo(ZoneOffset.UTC))
                .add(new TzName("UTC"));
        VTimeZone utc = new VTimeZone().add(new TzId("UTC"));
        return utc.add(always);
    }

    /** Published or completed (it took place): CONFIRMED; cancelled: CANCELLED; a draft: TENTATIVE. */
    static Status statusOf(Event event) {
        if (event.status == EventStatus.CANCELLED) {
            return ImmutableStatus.VEVENT_CANCELLED;
        }
        if (event.status == EventStatus.DRAFT) {
            return ImmutableStatus.VEVENT_TENTATIVE;
        }
        return ImmutableStatus.VEVENT_CONFIRMED;
    }

    /** The venue, with "online" added for an event that is also online; "Online" for one that is only online. */
    private static Optional<String> location(Event event) {
        boolean hasVenue = event.venue != null && !event.venue.isBlank();
        if (hasVenue) {
            return Optional.of(event.online ? event.venue + " and online" : event.venue);
        }
        return event.online ? Optional.of("Online") : Optional.empty();
    }
}
