package org.proud2bops.members.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.proud2bops.members.member.MemberStatus.ACTIVE;
import static org.proud2bops.members.member.MemberStatus.LAPSED;
import static org.proud2bops.members.member.Region.LONDON;
import static org.proud2bops.members.member.Region.MIDLANDS;
import static org.proud2bops.members.member.TestRecords.member;
import static org.proud2bops.members.member.TestRecords.nationalNetwork;
import static org.proud2bops.members.member.TestRecords.own;
import static org.proud2bops.members.member.TestRecords.regionalNetwork;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberAccess;
import org.proud2bops.members.member.OwnRecord;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;
import org.proud2bops.platform.testing.TestCallers;

class NetworkAccessTest {

    private static final String LONDON_NETWORK = regionalNetwork(LONDON).slug;

    private final NetworkAccess access = new NetworkAccess(new MemberAccess());

    static Stream<Arguments> membershipChanges() {
        Member aisha = member("aisha", ACTIVE, LONDON);
        Member lapsed = member("aisha", LAPSED, LONDON);
        Member lead = member("lead", ACTIVE, LONDON);
        Caller leadCaller = TestCallers.signedIn("lead", Roles.MEMBER, Roles.NETWORK_LEAD);
        UUID someoneElse = UUID.randomUUID();
        return Stream.of(
                arguments("an admin, anyone", TestCallers.admin(), OwnRecord.NONE, someoneElse, true),
                arguments(
                        "an active member, themself",
                        TestCallers.signedIn("aisha", Roles.MEMBER),
                        own(aisha),
                        aisha.id,
                        true),
                arguments(
                        "an active member, someone else",
                        TestCallers.signedIn("aisha", Roles.MEMBER),
                        own(aisha),
                        someoneElse,
                        false),
                arguments(
                        "a lapsed member, themself",
                        TestCallers.signedIn("aisha", Roles.MEMBER),
                        own(lapsed),
                        lapsed.id,
                        false),
                arguments(
                        "a lead of the network, anyone",
                        leadCaller,
                        own(lead, regionalNetwork(LONDON)),
                        someoneElse,
                        true),
                arguments(
                        "a lead of another network",
                        leadCaller,
                        own(lead, regionalNetwork(MIDLANDS)),
                        someoneElse,
                        false),
                arguments(
                        "a recorded lead without the role",
                        TestCallers.signedIn("lead", Roles.MEMBER),
                        own(lead, regionalNetwork(LONDON)),
                        someoneElse,
                        false),
                arguments(
                        "a lead whose membership lapsed",
                        leadCaller,
                        own(member("lead", LAPSED, LONDON), regionalNetwork(LONDON)),
                        someoneElse,
                        false),
                arguments(
                        "nobody's record",
                        TestCallers.signedIn("x", Roles.MEMBER),
                        OwnRecord.NONE,
                        someoneElse,
                        false));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("membershipChanges")
    void whoMayJoinOrLeaveForWhom(String who, Caller caller, OwnRecord own, UUID memberId, boolean mayChange) {
        assertThat(access.mayChangeMembership(caller, own, LONDON_NETWORK, memberId))
                .isEqualTo(mayChange);
    }

    static Stream<Arguments> memberListReaders() {
        Member active = member("m", ACTIVE, LONDON);
        Member lapsed = member("m", LAPSED, LONDON);
        Network london = regionalNetwork(LONDON);
        return Stream.of(
                arguments("an admin", TestCallers.admin(), OwnRecord.NONE, london, true),
                arguments("an active member", TestCallers.signedIn("m", Roles.MEMBER), own(active), london, true),
                arguments("a lapsed member", TestCallers.signedIn("m", Roles.MEMBER), own(lapsed), london, false),
                arguments(
                        "an events admin", TestCallers.signedIn("e", Roles.EVENTS_ADMIN), OwnRecord.NONE, london, true),
                arguments(
                        "a regional network, its region",
                        TestCallers.regionalNetwork(LONDON.name()),
                        OwnRecord.NONE,
                        london,
                        true),
                arguments(
                        "a regional network, another region",
                        TestCallers.regionalNetwork(MIDLANDS.name()),
                        OwnRecord.NONE,
                        london,
                        false),
                arguments(
                        "a regional network, the national network",
                        TestCallers.regionalNetwork(LONDON.name()),
                        OwnRecord.NONE,
                        nationalNetwork(),
                        false));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("memberListReaders")
    void whoMayListANetworksMembers(String who, Caller caller, OwnRecord own, Network network, boolean mayList) {
        if (mayList) {
            assertThatCode(() -> access.checkMayListMembers(caller, own, network))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> access.checkMayListMembers(caller, own, network))
                    .isInstanceOfSatisfying(
                            HttpProblem.class,
                            problem -> assertThat(problem.getType()).isEqualTo(ProblemType.FORBIDDEN.uri()));
        }
    }

    @ParameterizedTest(name = "{0} sees every member: {1}")
    @CsvSource({"admin, true", "member, false", "network-lead, false", "events-admin, false"})
    void onlyAdminsSeeMembersOutsideTheDirectory(String role, boolean seesEveryone) {
        assertThat(access.seesEveryMember(TestCallers.signedIn("someone", role)))
                .isEqualTo(seesEveryone);
    }
}
