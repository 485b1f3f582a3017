package org.proud2bops.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.EventsTestData;

class EventAccessTest {

    private final EventAccess access = new EventAccess();

    @ParameterizedTest(name = "{0} sees a {1} event: {2}")
    @CsvSource({
        "anonymous,       PUBLISHED, true",
        "anonymous,       DRAFT,     false",
        "anonymous,       CANCELLED, false",
        "member,          PUBLISHED, true",
        "member,          DRAFT,     false",
        "member,          CANCELLED, false",
        "content editor,  PUBLISHED, true",
        "content editor,  DRAFT,     false",
        "regional client, PUBLISHED, true",
        "regional client, DRAFT,     false",
        "regional client, CANCELLED, false",
        "events admin,    PUBLISHED, true",
        "events admin,    DRAFT,     true",
        "events admin,    CANCELLED, true",
        "admin,           PUBLISHED, true",
        "admin,           DRAFT,     true",
        "admin,           CANCELLED, true",
        "anonymous,       COMPLETED, true",
        "member,          COMPLETED, true",
        "regional client, COMPLETED, true",
        "events admin,    COMPLETED, true",
    })
    void everyoneSeesPublishedEventsAndThoseWhoRunEventsSeeEveryOne(String who, EventStatus status, boolean sees) {
        Event event = new Event();
        event.status = status;

        assertThat(access.maySee(EventsTestData.callerOfKind(who), event)).isEqualTo(sees);
        assertThat(access.maySeeEventsIn(EventsTestData.callerOfKind(who), status))
                .isEqualTo(sees);
    }

    @ParameterizedTest(name = "{0} runs events: {1}")
    @CsvSource({
        "anonymous,       false",
        "member,          false",
        "network lead,    false",
        "content editor,  false",
        "regional client, false",
        "events admin,    true",
        "admin,           true",
    })
    void eventsAdminsAndAdminsRunEvents(String who, boolean runsEvents) {
        assertThat(access.runsEvents(EventsTestData.callerOfKind(who))).isEqualTo(runsEvents);
        // An event's online joining link goes with the event to those who run events only
        assertThat(access.seesOnlineLink(EventsTestData.callerOfKind(who))).isEqualTo(runsEvents);
    }
}
