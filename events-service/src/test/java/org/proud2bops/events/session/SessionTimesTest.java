package org.proud2bops.events.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When two sessions overlap for one attendee, and when a session lies inside its event (09:00 to 17:00). */
class SessionTimesTest {

    @ParameterizedTest(name = "{0}-{1} and {2}-{3}: overlap {4}")
    @CsvSource(textBlock = """
            10:00, 11:00, 10:00, 11:00, true
            10:00, 11:00, 10:30, 11:30, true
            10:30, 11:30, 10:00, 11:00, true
            10:00, 12:00, 10:30, 11:00, true
            10:30, 11:00, 10:00, 12:00, true
            10:00, 11:00, 11:00, 12:00, false
            11:00, 12:00, 10:00, 11:00, false
            10:00, 11:00, 13:00, 14:00, false
            10:00, 10:01, 10:00, 10:01, true
            """)
    void sessionsOverlapWhenTheyShareAnInstantAndTouchingEndsDoNot(
            String aStart, String aEnd, String bStart, String bEnd, boolean overlap) {
        assertThat(SessionTimes.overlap(at(aStart), at(aEnd), at(bStart), at(bEnd)))
                .isEqualTo(overlap);
    }

    @ParameterizedTest(name = "{0}-{1} within 09:00-17:00: {2}")
    @CsvSource(textBlock = """
            09:00, 17:00, true
            10:00, 11:00, true
            08:59, 10:00, false
            16:00, 17:01, false
            08:00, 18:00, false
            17:00, 18:00, false
            """)
    void aSessionLiesWithinItsEventsTimes(String start, String end, boolean within) {
        assertThat(SessionTimes.within(at(start), at(end), at("09:00"), at("17:00")))
                .isEqualTo(within);
    }

    private static Instant at(String time) {
        return LocalTime.parse(time).atDate(java.time.LocalDate.of(2027, 11, 7)).toInstant(ZoneOffset.UTC);
    }
}
