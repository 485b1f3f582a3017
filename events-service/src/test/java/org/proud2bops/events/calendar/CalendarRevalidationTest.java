package org.proud2bops.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A calendar's 304 is decided from its version alone: the text is written only for a 200. */
class CalendarRevalidationTest {

    @ParameterizedTest(name = "If-None-Match {0} -> {1}, text written {2} times")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "W/\"feed-1a\"|304|0",
                "\"feed-1a\"|304|0",
                "\"other\", W/\"feed-1a\"|304|0",
                "*|304|0",
                "W/\"feed-1b\"|200|1",
                "none|200|1"
            })
    void theTextIsWrittenOnlyWhenTheVersionIsNotCurrent(String ifNoneMatch, int status, int written) {
        AtomicInteger writes = new AtomicInteger();
        CalendarDocument calendar = new CalendarDocument("feed-1a", true, () -> {
            writes.incrementAndGet();
            return "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        });

        RestResponse<String> response = CalendarResource.served(calendar, ifNoneMatch);

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo("W/\"feed-1a\"");
        assertThat(writes).hasValue(written);
        assertThat(response.hasEntity()).isEqualTo(written == 1);
    }
}
