package org.proud2bops.events.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.event.EventStatus;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberProfile;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationAccess;
import org.proud2bops.platform.security.Caller;

/**
 * Who sees an event's program (published and draft), manages it, sees every online link, works the doors, and books
 * sessions inside a London event's registration of their own ("a-member" signs in as) or of someone else's. The events
 * are hosted by the "london" network; a network lead leads it ("lead of host") or another one ("network lead").
 */
class SessionAccessTest {

    private final EventAccess eventAccess = new EventAccess();
    private final SessionAccess access = new SessionAccess(eventAccess, new RegistrationAccess(eventAccess));

    @ParameterizedTest(name = "{0}: published {1}, draft {2}, manage {3}, links {4}, door {5}, own {6}, other {7}")
    @CsvSource(textBlock = """
            anonymous,       true, false, false, false, false, false, false
            member,          true, false, false, false, false, true,  false
            network lead,    true, false, false, false, false, false, false
            content editor,  true, false, false, false, false, false, false
            regional client, true, false, false, false, false, true,  true
            events admin,    true, true,  true,  true,  true,  true,  true
            admin,           true, true,  true,  true,  true,  true,  true
            lead of host,    true, true,  true,  true,  true,  true,  true
            """)
    void theProgramIsForAnyoneWhoSeesTheEventAndBookingsForThoseWhoManageTheRegistration(
            String who,
            boolean seesPublished,
            boolean seesDraft,
            boolean manages,
            boolean seesLinks,
            boolean worksTheDoor,
            boolean booksOwn,
            boolean booksOthers) {
        Caller caller = EventsTestData.callerOfKind(who.equals("lead of host") ? "network lead" : who);
        LedNetworks led =
                who.equals("lead of host") ? new LedNetworks(Set.of("london")) : new LedNetworks(Set.of("leeds"));

        assertThat(access.maySeeProgramOf(caller, led, londonEvent(EventStatus.PUBLISHED)))
                .isEqualTo(seesPublished);
        assertThat(access.maySeeProgramOf(caller, led, londonEvent(EventStatus.DRAFT)))
                .isEqualTo(seesDraft);
        assertThat(access.managesProgramOf(caller, led, londonEvent(EventStatus.PUBLISHED)))
                .isEqualTo(manages);
        assertThat(access.seesEveryOnlineLinkOf(caller, led, londonEvent(EventStatus.PUBLISHED)))
                .isEqualTo(seesLinks);
        assertThat(access.worksTheDoorOf(caller, led, londonEvent(EventStatus.PUBLISHED)))
                .isEqualTo(worksTheDoor);
        assertThat(access.mayBookFor(caller, led, placeOf("a-member"))).isEqualTo(booksOwn);
        assertThat(access.mayBookFor(caller, led, placeOf("someone-else"))).isEqualTo(booksOthers);
    }

    private static Event londonEvent(EventStatus status) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.status = status;
        event.region = Region.LONDON;
        event.hostNetwork = "london";
        return event;
    }

    private static Registration placeOf(String subject) {
        MemberProfile member = new MemberProfile();
        member.memberId = UUID.randomUUID();
        member.accountSubject = subject;
        Registration registration = new Registration();
        registration.event = londonEvent(EventStatus.PUBLISHED);
        registration.member = member;
        return registration;
    }
}
