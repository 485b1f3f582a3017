package org.proud2bops.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.event.Audience;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberProfile;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.testing.TestCallers;

/**
 * The registration rules one by one, as tables. Callers: anonymous, content editor, a member (subject
 * {@code a-member}, whose own profile is {@code OWN}), a member whose sign-in is linked to no profile, events admin,
 * admin, and the London and North West regional clients. An event's region is empty for a national event.
 */
class RegistrationAccessTest {

    private static final UUID OWN = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private final RegistrationAccess access = new RegistrationAccess(new EventAccess());

    @ParameterizedTest(name = "{0} registering {2} for a {1} event: {3}")
    @CsvSource({
        "events admin,      ,           nobody,           ADMIN",
        "events admin,      LONDON,     another member,   ADMIN",
        "admin,             NORTH_WEST, a guest,          ADMIN",
        "London client,     LONDON,     another member,   REGIONAL_NETWORK",
        "London client,     LONDON,     a guest,          REGIONAL_NETWORK",
        "London client,     NORTH_WEST, a guest,          403",
        "London client,     ,           a guest,          403",
        "member,            ,           nobody,           SELF",
        "member,            LONDON,     themself by id,   SELF",
        "member,            ,           another member,   403",
        "member,            ,           a guest,          403",
        "unlinked member,   ,           nobody,           SELF",
        "unlinked member,   ,           themself by id,   403",
        "content editor,    ,           nobody,           403",
        "anonymous,         ,           nobody,           403",
    })
    void whoRegistersWhomAndInWhichCapacity(String who, Region eventRegion, String attendee, String outcome) {
        Event event = eventIn(eventRegion);

        assertThat(outcomeOf(
                        () -> access.registrantFor(callerNamed(who), event, attendeeNamed(attendee), ownProfileOf(who))
                                .name()))
                .isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} names a {2} {3} member of {1} who is in the directory ({4}): {5}")
    @CsvSource({
        "London client, LONDON,     ACTIVE,    true,  true",
        "London client, LONDON,     ACTIVE,    false, false",
        "London client, LONDON,     LAPSED,    true,  false",
        "London client, NORTH_WEST, ACTIVE,    true,  false",
        "London client, ,           ERASED,    false, false",
        "events admin,  NORTH_WEST, ACTIVE,    false, true",
        "events admin,  LONDON,     SUSPENDED, true,  true",
        "member,        LONDON,     ACTIVE,    false, true",
    })
    void aRegionalClientNamesOnlyActiveMembersOfItsRegionInTheDirectory(
            String who, Region memberRegion, MemberStatus status, boolean inDirectory, boolean mayName) {
        MemberProfile member = profile(OTHER, memberRegion, status, inDirectory, "someone");

        assertThat(access.mayName(callerNamed(who), member)).isEqualTo(mayName);
    }

    @ParameterizedTest(name = "{0} sees attendees as {1}")
    @CsvSource({
        "London client,     DIRECTORY_MEMBERS_ONLY",
        "North West client, DIRECTORY_MEMBERS_ONLY",
        "events admin,      EVERY_ATTENDEE",
        "admin,             EVERY_ATTENDEE",
        "member,            EVERY_ATTENDEE",
    })
    void aRegionalClientSeesOnlyMembersInTheDirectory(String who, AttendeeView view) {
        assertThat(access.attendeeViewOf(callerNamed(who))).isEqualTo(view);
    }

    @ParameterizedTest(name = "{0} shows a {1} attendee (in the directory: {2}): {3}")
    @CsvSource({
        "EVERY_ATTENDEE,         guest,  false, true",
        "EVERY_ATTENDEE,         ACTIVE, false, true",
        "EVERY_ATTENDEE,         LAPSED, true,  true",
        "DIRECTORY_MEMBERS_ONLY, guest,  false, true",
        "DIRECTORY_MEMBERS_ONLY, ACTIVE, true,  true",
        "DIRECTORY_MEMBERS_ONLY, ACTIVE, false, false",
        "DIRECTORY_MEMBERS_ONLY, LAPSED, true,  false",
        "DIRECTORY_MEMBERS_ONLY, ERASED, false, false",
    })
    void aViewIdentifiesGuestsAndTheMembersItMayShow(
            AttendeeView view, String attendee, boolean inDirectory, boolean identifies) {
        Registration registration = registrationAt(eventIn(Region.LONDON));
        if (!attendee.equals("guest")) {
            registration.member = profile(OTHER, Region.LONDON, MemberStatus.valueOf(attendee), inDirectory, "someone");
        }

        assertThat(view.identifies(registration)).isEqualTo(identifies);
    }

    @ParameterizedTest(name = "{0} manages {2} at a {1} event: {3}")
    @CsvSource({
        "events admin,      NORTH_WEST, another member's place, true",
        "admin,             ,           a guest's place,        true",
        "London client,     LONDON,     another member's place, true",
        "London client,     LONDON,     a guest's place,        true",
        "London client,     NORTH_WEST, a guest's place,        false",
        "London client,     ,           a guest's place,        false",
        "member,            ,           their own place,        true",
        "member,            LONDON,     another member's place, false",
        "member,            ,           a guest's place,        false",
        "unlinked member,   ,           another member's place, false",
        "content editor,    ,           a guest's place,        false",
    })
    void eachCallerManagesOnlyTheRegistrationsTheyMaySee(
            String who, Region eventRegion, String place, boolean mayManage) {
        Registration registration = registrationAt(eventIn(eventRegion));
        switch (place) {
            case "their own place" ->
                registration.member = profile(OWN, Region.LONDON, MemberStatus.ACTIVE, true, "a-member");
            case "another member's place" ->
                registration.member = profile(OTHER, Region.LONDON, MemberStatus.ACTIVE, true, "someone");
            default -> registration.guestName = "A Guest";
        }

        assertThat(access.mayManage(callerNamed(who), registration)).isEqualTo(mayManage);
    }

    @ParameterizedTest(name = "{0} sees the attendee list of a {1} event: {2}")
    @CsvSource({
        "events admin,      ,           ALLOWED",
        "admin,             LONDON,     ALLOWED",
        "London client,     LONDON,     ALLOWED",
        "London client,     NORTH_WEST, 403",
        "North West client, LONDON,     403",
        "London client,     ,           403",
        "member,            LONDON,     403",
        "content editor,    ,           403",
    })
    void onlyThoseWhoRunEventsAndTheHostingRegionSeeTheAttendeeList(String who, Region eventRegion, String outcome) {
        Event event = eventIn(eventRegion);

        assertThat(outcomeOf(() -> {
                    access.requireAttendeeListOf(callerNamed(who), event);
                    return "ALLOWED";
                }))
                .isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} (leading {1}) registering {3} for a {2} event hosted by london: {4}")
    @CsvSource({
        "network lead, london,     nobody,         SELF",
        "network lead, london,     another member, NETWORK_LEAD",
        "network lead, london,     a guest,        NETWORK_LEAD",
        "network lead, north-west, another member, 403",
        "network lead, north-west, nobody,         SELF",
        "member,       london,     another member, 403",
    })
    void aLeadRegistersOthersForTheirOwnNetworksEvents(String who, String leads, String attendee, String outcome) {
        Event event = eventIn(Region.LONDON);
        event.hostNetwork = "london";

        assertThat(outcomeOf(() -> access.registrantFor(
                                callerNamed(who),
                                LedNetworks.of(leads),
                                event,
                                attendeeNamed(attendee),
                                Optional.empty())
                        .name()))
                .isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{1} registering {2} for an event {0}: {3}")
    @CsvSource({
        "OPEN_TO_GUESTS, SELF,             nobody,         ALLOWED",
        "OPEN_TO_GUESTS, REGIONAL_NETWORK, a guest,        ALLOWED",
        "OPEN_TO_GUESTS, ADMIN,            a guest,        ALLOWED",
        "MEMBERS_ONLY,   SELF,             nobody,         ALLOWED",
        "MEMBERS_ONLY,   REGIONAL_NETWORK, another member, ALLOWED",
        "MEMBERS_ONLY,   ADMIN,            a guest,        guests-not-admitted",
        "MEMBERS_ONLY,   NETWORK_LEAD,     a guest,        guests-not-admitted",
        "BY_INVITATION,  ADMIN,            another member, ALLOWED",
        "BY_INVITATION,  NETWORK_LEAD,     another member, ALLOWED",
        "BY_INVITATION,  SELF,             nobody,         by-invitation-only",
        "BY_INVITATION,  REGIONAL_NETWORK, another member, by-invitation-only",
        "BY_INVITATION,  ADMIN,            a guest,        guests-not-admitted",
    })
    void theAudienceDecidesWhoComes(Audience audience, Registrant registrant, String attendee, String outcome) {
        Event event = eventIn(Region.LONDON);
        event.audience = audience;

        String decided;
        try {
            access.requireAudienceAdmits(event, registrant, attendeeNamed(attendee));
            decided = "ALLOWED";
        } catch (HttpProblem refused) {
            decided = refused.getType().toString().substring(ProblemType.URI_PREFIX.length());
        }
        assertThat(decided).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} (leading {1}) sees the attendee list of an event hosted by london: {2}")
    @CsvSource({
        "network lead, london,     ALLOWED",
        "network lead, north-west, 403",
        "member,       london,     403",
    })
    void aLeadSeesTheirOwnNetworksAttendeeList(String who, String leads, String outcome) {
        Event event = eventIn(Region.LONDON);
        event.hostNetwork = "london";

        assertThat(outcomeOf(() -> {
                    access.requireAttendeeListOf(callerNamed(who), LedNetworks.of(leads), event);
                    return "ALLOWED";
                }))
                .isEqualTo(outcome);
    }

    private static String outcomeOf(Supplier<String> decision) {
        try {
            return decision.get();
        } catch (HttpProblem refused) {
            return String.valueOf(refused.getStatusCode());
        }
    }

    private static Caller callerNamed(String who) {
        return switch (who) {
            case "member" -> TestCallers.signedIn("a-member", "member");
            case "unlinked member" -> TestCallers.signedIn("not-linked-yet", "member");
            case "London client" -> TestCallers.regionalNetwork(Region.LONDON.name());
            case "North West client" -> TestCallers.regionalNetwork(Region.NORTH_WEST.name());
            default -> EventsTestData.callerOfKind(who);
        };
    }

    private static Optional<MemberProfile> ownProfileOf(String who) {
        return who.equals("member")
                ? Optional.of(profile(OWN, Region.LONDON, MemberStatus.ACTIVE, true, "a-member"))
                : Optional.empty();
    }

    private static AttendeeChoice attendeeNamed(String attendee) {
        return switch (attendee) {
            case "nobody" -> new AttendeeChoice(null, null);
            case "themself by id" -> new AttendeeChoice(OWN, null);
            case "another member" -> new AttendeeChoice(OTHER, null);
            case "a guest" ->
                new AttendeeChoice(null, new AttendeeChoice.Guest("A Guest", "guest@trust.example", null));
            default -> throw new IllegalArgumentException(attendee);
        };
    }

    private static Event eventIn(Region region) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.region = region;
        return event;
    }

    private static Registration registrationAt(Event event) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.event = event;
        return registration;
    }

    private static MemberProfile profile(
            UUID memberId, Region region, MemberStatus status, boolean inDirectory, String accountSubject) {
        MemberProfile profile = new MemberProfile();
        profile.memberId = memberId;
        profile.region = region;
        profile.status = status;
        profile.directoryVisible = inDirectory;
        profile.accountSubject = accountSubject;
        return profile;
    }
}
