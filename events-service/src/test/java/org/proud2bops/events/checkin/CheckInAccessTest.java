package org.proud2bops.events.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.memberprofile.MemberProfile;
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
        assertThat(access.mayGetCode(caller, placeOf("a-member"))).isEqualTo(ownCode);
        assertThat(access.mayGetCode(caller, placeOf("someone-else"))).isEqualTo(othersCode);
    }

    private static Registration placeOf(String subject) {
        MemberProfile member = new MemberProfile();
        member.memberId = UUID.randomUUID();
        member.accountSubject = subject;
        Registration registration = new Registration();
        registration.member = member;
        return registration;
    }
}
