package org.proud2bops.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.testing.TestCallers;

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
    }

    @ParameterizedTest(name = "{0} (leading {1}) and a {3} event hosted by {2}: sees {4}, manages {5}")
    @CsvSource({
        "network lead,       london,     london,     PUBLISHED, true,  true",
        "network lead,       london,     london,     DRAFT,     true,  true",
        "network lead,       london,     london,     CANCELLED, true,  true",
        "network lead,       london,     north-west, PUBLISHED, true,  false",
        "network lead,       london,     north-west, DRAFT,     false, false",
        "network lead,       london,     ,           DRAFT,     false, false",
        "network lead,       ,           london,     DRAFT,     false, false",
        "member leading it,  london,     london,     DRAFT,     false, false",
        "member leading it,  london,     london,     PUBLISHED, true,  false",
        "events admin,       ,           north-west, DRAFT,     true,  true",
        "admin,              ,           ,           CANCELLED, true,  true",
        "regional client,    ,           london,     DRAFT,     false, false",
    })
    void aNetworkLeadSeesAndManagesTheirOwnNetworksEventsOnly(
            String who, String leads, String host, EventStatus status, boolean sees, boolean manages) {
        Caller caller = who.equals("member leading it")
                ? TestCallers.signedIn("a-member", "member")
                : EventsTestData.callerOfKind(who);
        LedNetworks led = leads == null ? LedNetworks.NONE : LedNetworks.of(leads);
        Event event = new Event();
        event.status = status;
        event.hostNetwork = host;

        assertThat(access.maySee(caller, led, event)).isEqualTo(sees);
        assertThat(access.manages(caller, led, event)).isEqualTo(manages);
        // An event's online joining link goes with the event to those who manage it only
        assertThat(access.seesOnlineLink(caller, led, event)).isEqualTo(manages);
    }

    @ParameterizedTest(name = "{0} (leading {1}) hosts an event by {2}: {3}")
    @CsvSource({
        "network lead, london, london,     true",
        "network lead, london, north-west, false",
        "network lead, london, ,           false",
        "member,       london, london,     false",
        "events admin, ,       ,           true",
        "admin,        ,       north-west, true",
    })
    void aNetworkLeadHostsEventsByTheirOwnNetworkOnly(String who, String leads, String host, boolean mayHost) {
        LedNetworks led = leads == null ? LedNetworks.NONE : LedNetworks.of(leads);

        assertThat(access.mayHost(EventsTestData.callerOfKind(who), led, host)).isEqualTo(mayHost);
    }
}
