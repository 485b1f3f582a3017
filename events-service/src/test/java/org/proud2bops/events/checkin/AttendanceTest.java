package org.proud2bops.events.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.event.Event;

/** Where a confirmed attendee stands, from the event's end and their check-in time (minutes after the event start). */
class AttendanceTest {

    private static final Instant STARTS = Instant.parse("2027-11-07T09:00:00Z");

    @ParameterizedTest(name = "now {0} min, checked in at {1} min -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            # now, checked in at, attendance (the event runs from minute 0 to minute 480)
            -60,  -,   EXPECTED
            0,    -,   EXPECTED
            479,  -,   EXPECTED
            480,  -,   NO_SHOW
            2000, -,   NO_SHOW
            30,   10,  CHECKED_IN
            480,  10,  CHECKED_IN
            2000, 479, CHECKED_IN
            """)
    void attendanceIsDerivedFromTheEndAndTheCheckIn(long nowMinutes, Long checkedInMinutes, Attendance expected) {
        Event event = new Event();
        event.startsAt = STARTS;
        event.endsAt = STARTS.plus(Duration.ofHours(8));
        Instant checkedInAt = checkedInMinutes == null ? null : STARTS.plus(Duration.ofMinutes(checkedInMinutes));

        assertThat(Attendance.of(checkedInAt, event, STARTS.plus(Duration.ofMinutes(nowMinutes))))
                .isEqualTo(expected);
    }
}
