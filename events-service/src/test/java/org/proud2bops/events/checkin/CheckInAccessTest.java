package org.proud2bops.events.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.memberprofile.MemberProfile;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.platform.security.Caller;

/** Who works the desk, and who gets a registration's check-in code (a member's place, "a-member" signs in as). */
class CheckInAccessTest {

    private final CheckInAccess access = new CheckInAccess(new EventAccess());

    @ParameterizedTest(name = "{0}: desk {1}, code of own place {2}, code of another's place {3}")
    @CsvSource(textBlock = """
            anonymous,       false, false, false
            member,          false, true,  false
            network lead,    false, false, false
            content editor,  false, false, false
            regional client, false, false, false
            events admin,    true,  true,  true
            admin,           true,  true,  true
            """)
    void theDeskIsForThoseWhoRunEventsAndACodeForItsHolderToo(
            String who, boolean desk, boolean ownCode, boolean othersCode) {
        Caller caller = EventsTestData.callerOfKind(who);

        assertThat(access.worksTheDesk(caller)).isEqualTo(desk);
        assertThat(access.mayGetCode(caller, LedNetworks.NONE, placeOf("a-member", "london")))
                .isEqualTo(ownCode);
        assertThat(access.mayGetCode(caller, LedNetworks.NONE, placeOf("someone-else", "london")))
                .isEqualTo(othersCode);
    }

    @ParameterizedTest(name = "{0} (leading {1}) gets the code of someone else's place at an event hosted by {2}: {3}")
    @CsvSource(textBlock = """
            network lead,    london,     london,     true
            network lead,    london,     north-west, false
            network lead,    london,     ,           false
            network lead,    ,           london,     false
            member,          london,     london,     false
            regional client, ,           london,     false
            events admin,    ,           north-west, true
            """)
    void aNetworkLeadGetsTheCodesOfTheirOwnNetworksAttendeesAsAtTheDesk(
            String who, String leads, String host, boolean code) {
        Caller caller = EventsTestData.callerOfKind(who);
        LedNetworks led = leads == null ? LedNetworks.NONE : LedNetworks.of(leads);
        Registration place = placeOf("someone-else", host);

        assertThat(access.mayGetCode(caller, led, place)).isEqualTo(code);
        // Whoever gets the code works that event's desk, and the other way round
        assertThat(access.worksTheDeskOf(caller, led, place.event)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} (leading {1}) works the desk of an event hosted by {2}: {3}")
    @CsvSource(textBlock = """
            network lead,    london,     london,     true
            network lead,    london,     north-west, false
            network lead,    london,     ,           false
            network lead,    ,           london,     false
            member,          london,     london,     false
            regional client, ,           london,     false
            events admin,    ,           north-west, true
            admin,           ,           ,           true
            """)
    void aNetworkLeadWorksTheDeskOfTheirOwnNetworksEventsOnly(String who, String leads, String host, boolean desk) {
        Event event = new Event();
        event.hostNetwork = host;
        LedNetworks led = leads == null ? LedNetworks.NONE : LedNetworks.of(leads);

        assertThat(access.worksTheDeskOf(EventsTestData.callerOfKind(who), led, event))
                .isEqualTo(desk);
    }

    private static Registration placeOf(String subject, String hostNetwork) {
        Event event = new Event();
        event.hostNetwork = hostNetwork;
        MemberProfile member = new MemberProfile();
        member.memberId = UUID.randomUUID();
        member.accountSubject = subject;
        Registration registration = new Registration();
        registration.member = member;
        registration.event = event;
        return registration;
    }
}
