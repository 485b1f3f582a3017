package org.proud2bops.members.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.proud2bops.members.member.MemberStatus.ACTIVE;
import static org.proud2bops.members.member.MemberStatus.APPLIED;
import static org.proud2bops.members.member.MemberStatus.DECLINED;
import static org.proud2bops.members.member.MemberStatus.LAPSED;
import static org.proud2bops.members.member.MemberStatus.LEFT;
import static org.proud2bops.members.member.MemberStatus.SUSPENDED;
import static org.proud2bops.members.member.Region.LONDON;
import static org.proud2bops.members.member.Region.MIDLANDS;
import static org.proud2bops.members.member.TestRecords.member;
import static org.proud2bops.members.member.TestRecords.own;
import static org.proud2bops.members.member.TestRecords.regionalNetwork;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberAccess;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.members.member.OwnRecord;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;
import org.proud2bops.platform.testing.TestCallers;

class LifecycleAccessTest {

    private final LifecycleAccess access = new LifecycleAccess(new MemberAccess());

    private static final Member LEAD = member("lead", ACTIVE, LONDON);
    private static final Caller LEAD_CALLER = TestCallers.signedIn("lead", Roles.MEMBER, Roles.NETWORK_LEAD);

    static Stream<Arguments> statusChanges() {
        Member applicant = member("applicant", APPLIED, LONDON);
        Member aisha = member("aisha", ACTIVE, LONDON);
        Caller aishaCaller = TestCallers.signedIn("aisha", Roles.MEMBER);
        OwnRecord leadsLondon = own(LEAD, regionalNetwork(LONDON));
        return Stream.of(
                arguments("an admin, any step", TestCallers.admin(), OwnRecord.NONE, aisha, SUSPENDED, true),
                arguments("a lead approves under their network", LEAD_CALLER, leadsLondon, applicant, ACTIVE, true),
                arguments("a lead declines under their network", LEAD_CALLER, leadsLondon, applicant, DECLINED, true),
                arguments(
                        "a lead, under another network",
                        LEAD_CALLER,
                        own(LEAD, regionalNetwork(MIDLANDS)),
                        applicant,
                        ACTIVE,
                        false),
                arguments("a lead suspends a member", LEAD_CALLER, leadsLondon, aisha, SUSPENDED, false),
                arguments("a member leaves", aishaCaller, own(aisha), aisha, LEFT, true),
                arguments("a member suspends themself", aishaCaller, own(aisha), aisha, SUSPENDED, false),
                arguments("a member reinstates themself", aishaCaller, own(aisha), aisha, ACTIVE, false),
                arguments(
                        "someone else makes a member leave",
                        TestCallers.signedIn("ben", Roles.MEMBER),
                        own(member("ben", ACTIVE, LONDON)),
                        aisha,
                        LEFT,
                        false));
    }

    @ParameterizedTest(name = "{0}: {5}")
    @MethodSource("statusChanges")
    void whoMayChangeAStatus(
            String who, Caller caller, OwnRecord own, Member member, MemberStatus to, boolean mayChange) {
        assertThat(access.mayChangeStatus(caller, own, member, to)).isEqualTo(mayChange);
    }

    static Stream<Arguments> statusReaders() {
        Member listed = member("listed", ACTIVE, LONDON);
        listed.directoryVisible = true;
        return Stream.of(
                arguments("an admin", TestCallers.admin(), OwnRecord.NONE, listed, true),
                arguments("the member themself", TestCallers.signedIn("listed"), own(listed), listed, true),
                arguments(
                        "a regional network, even of the member's region",
                        TestCallers.regionalNetwork(LONDON.name()),
                        OwnRecord.NONE,
                        listed,
                        false),
                arguments("someone else", TestCallers.signedIn("ben", Roles.MEMBER), OwnRecord.NONE, listed, false));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("statusReaders")
    void whoSeesAStatus(String who, Caller caller, OwnRecord own, Member member, boolean sees) {
        assertThat(access.maySeeStatus(caller, own, member)).isEqualTo(sees);
    }

    static Stream<Arguments> applicationReaders() {
        return Stream.of(
                arguments("an admin sees all", TestCallers.admin(), OwnRecord.NONE, Optional.empty()),
                arguments("an active lead sees theirs", LEAD_CALLER, own(LEAD), Optional.of(LEAD.id)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicationReaders")
    void whoseApplicationsTheCallerSees(String who, Caller caller, OwnRecord own, Optional<?> ledBy) {
        assertThat(access.applicationsLedBy(caller, own)).isEqualTo(ledBy);
    }

    static Stream<Arguments> refusedApplicationReaders() {
        return Stream.of(
                arguments(
                        "a member", TestCallers.signedIn("aisha", Roles.MEMBER), own(member("aisha", ACTIVE, LONDON))),
                arguments("a lead whose membership lapsed", LEAD_CALLER, own(member("lead", LAPSED, LONDON))),
                arguments("a lead without a record", LEAD_CALLER, OwnRecord.NONE),
                arguments(
                        "an active member with a lead's record but not the role",
                        TestCallers.signedIn("lead"),
                        own(LEAD)));
    }

    @ParameterizedTest(name = "{0}: 403")
    @MethodSource("refusedApplicationReaders")
    void whoSeesNoApplications(String who, Caller caller, OwnRecord own) {
        assertThatThrownBy(() -> access.applicationsLedBy(caller, own))
                .isInstanceOfSatisfying(
                        HttpProblem.class,
                        problem -> assertThat(problem.getType()).isEqualTo(ProblemType.FORBIDDEN.uri()));
    }

    @Test
    void applyingTakesTheVerifiedEmailOfTheToken() {
        assertThat(access.applicantEmail(TestCallers.withVerifiedEmail("new", "new@example.org")))
                .isEqualTo("new@example.org");
        assertThatThrownBy(() -> access.applicantEmail(TestCallers.signedIn("new")))
                .isInstanceOfSatisfying(
                        HttpProblem.class,
                        problem -> assertThat(problem.getType()).isEqualTo(ProblemType.FORBIDDEN.uri()));
    }
}
