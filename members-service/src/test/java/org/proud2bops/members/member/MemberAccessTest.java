package org.proud2bops.members.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.proud2bops.members.member.MemberStatus.ACTIVE;
import static org.proud2bops.members.member.MemberStatus.APPLIED;
import static org.proud2bops.members.member.MemberStatus.LAPSED;
import static org.proud2bops.members.member.MemberStatus.LEFT;
import static org.proud2bops.members.member.Region.LONDON;
import static org.proud2bops.members.member.Region.MIDLANDS;
import static org.proud2bops.members.member.TestRecords.atOrganisation;
import static org.proud2bops.members.member.TestRecords.member;
import static org.proud2bops.members.member.TestRecords.nationalNetwork;
import static org.proud2bops.members.member.TestRecords.own;
import static org.proud2bops.members.member.TestRecords.regionalNetwork;
import static org.proud2bops.members.member.TestRecords.trustNetwork;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.UnauthorizedException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;
import org.proud2bops.platform.testing.TestCallers;

class MemberAccessTest {

    private final MemberAccess access = new MemberAccess();

    static Stream<Arguments> readers() {
        Member aisha = member("aisha", ACTIVE, LONDON);
        Member unlinked = member(null, ACTIVE, LONDON);
        Member applicantInLondon = member("applicant", APPLIED, LONDON);
        Member applicantAtRj1 = atOrganisation(member("applicant-rj1", APPLIED, MIDLANDS), "RJ1");
        Member lead = member("lead", ACTIVE, LONDON);
        Member lapsedLead = member("lead", LAPSED, LONDON);
        Caller leadCaller = TestCallers.signedIn("lead", Roles.MEMBER, Roles.NETWORK_LEAD);
        Caller leadWithoutRole = TestCallers.signedIn("lead", Roles.MEMBER);
        return Stream.of(
                arguments("an admin, anyone", TestCallers.admin(), OwnRecord.NONE, aisha, true),
                arguments("the member themself", TestCallers.signedIn("aisha", Roles.MEMBER), own(aisha), aisha, true),
                arguments(
                        "someone else",
                        TestCallers.signedIn("ben", Roles.MEMBER),
                        own(member("ben", ACTIVE, LONDON)),
                        aisha,
                        false),
                arguments(
                        "a first sign-in, their record found by verified email",
                        TestCallers.withVerifiedEmail("new", "x@example.org", Roles.MEMBER),
                        own(unlinked),
                        unlinked,
                        true),
                arguments("nobody's record", TestCallers.signedIn("ben"), OwnRecord.NONE, unlinked, false),
                arguments(
                        "a lead, an applicant of their regional network",
                        leadCaller,
                        own(lead, regionalNetwork(LONDON)),
                        applicantInLondon,
                        true),
                arguments(
                        "a lead, an applicant of another region",
                        leadCaller,
                        own(lead, regionalNetwork(MIDLANDS)),
                        applicantInLondon,
                        false),
                arguments(
                        "a lead, an applicant of their trust network",
                        leadCaller,
                        own(lead, trustNetwork("RJ1", MIDLANDS)),
                        applicantAtRj1,
                        true),
                arguments(
                        "a lead, an applicant of another trust",
                        leadCaller,
                        own(lead, trustNetwork("RX9", MIDLANDS)),
                        applicantAtRj1,
                        false),
                arguments(
                        "a lead of the national network, an applicant",
                        leadCaller,
                        own(lead, nationalNetwork()),
                        applicantInLondon,
                        false),
                arguments(
                        "a lead, an active member of their network",
                        leadCaller,
                        own(lead, regionalNetwork(LONDON)),
                        aisha,
                        false),
                arguments(
                        "a lead without the role in their token",
                        leadWithoutRole,
                        own(lead, regionalNetwork(LONDON)),
                        applicantInLondon,
                        false),
                arguments(
                        "a lead whose own membership lapsed",
                        leadCaller,
                        own(lapsedLead, regionalNetwork(LONDON)),
                        applicantInLondon,
                        false),
                arguments(
                        "a regional network, an active listed member of its region",
                        regional(LONDON),
                        OwnRecord.NONE,
                        listed(ACTIVE, LONDON),
                        true),
                arguments(
                        "a regional network, another region",
                        regional(MIDLANDS),
                        OwnRecord.NONE,
                        listed(ACTIVE, LONDON),
                        false),
                arguments(
                        "a regional network, a member not in the directory",
                        regional(LONDON),
                        OwnRecord.NONE,
                        aisha,
                        false),
                arguments(
                        "a regional network, a lapsed member",
                        regional(LONDON),
                        OwnRecord.NONE,
                        listed(LAPSED, LONDON),
                        false));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("readers")
    void whoMayReadAMember(String who, Caller caller, OwnRecord own, Member member, boolean mayRead) {
        assertThat(access.mayRead(caller, own, member)).isEqualTo(mayRead);
    }

    static Stream<Arguments> changers() {
        Member aisha = member("aisha", ACTIVE, LONDON);
        Member unlinked = member(null, LEFT, LONDON);
        Member lead = member("lead", ACTIVE, LONDON);
        return Stream.of(
                arguments("an admin", TestCallers.admin(), OwnRecord.NONE, aisha, true),
                arguments("the member themself", TestCallers.signedIn("aisha"), OwnRecord.NONE, aisha, true),
                arguments(
                        "a person who left, on first sign-in",
                        TestCallers.withVerifiedEmail("new", "x@example.org"),
                        own(unlinked),
                        unlinked,
                        true),
                arguments("someone else", TestCallers.signedIn("ben", Roles.MEMBER), OwnRecord.NONE, aisha, false),
                arguments(
                        "a lead of the member's network",
                        TestCallers.signedIn("lead", Roles.NETWORK_LEAD),
                        own(lead, regionalNetwork(LONDON)),
                        aisha,
                        false),
                arguments("a regional network", regional(LONDON), OwnRecord.NONE, listed(ACTIVE, LONDON), false));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("changers")
    void whoMayChangeAMember(String who, Caller caller, OwnRecord own, Member member, boolean mayChange) {
        assertThat(access.mayChange(caller, own, member)).isEqualTo(mayChange);
    }

    static Stream<Arguments> networkLeads() {
        return Stream.of(
                arguments("a network lead", TestCallers.signedIn("l", Roles.MEMBER, Roles.NETWORK_LEAD), true),
                arguments("a member", TestCallers.signedIn("m", Roles.MEMBER), false),
                arguments("an admin", TestCallers.admin(), false),
                arguments("anonymous", TestCallers.anonymous(), false));
    }

    @ParameterizedTest(name = "{0}: the networks their record leads count {2}")
    @MethodSource("networkLeads")
    void onlyTheNetworkLeadRoleMakesLedNetworksCount(String who, Caller caller, boolean mayActAsLead) {
        assertThat(access.mayActAsNetworkLead(caller)).isEqualTo(mayActAsLead);
    }

    static Stream<Arguments> directoryReaders() {
        return Stream.of(
                arguments("admin", TestCallers.admin(), null, true),
                arguments("events admin", TestCallers.signedIn("e", Roles.EVENTS_ADMIN), null, true),
                arguments("content editor", TestCallers.signedIn("c", Roles.CONTENT_EDITOR), null, true),
                arguments("active member", TestCallers.signedIn("m", Roles.MEMBER), ACTIVE, true),
                arguments("active lead", TestCallers.signedIn("l", Roles.NETWORK_LEAD), ACTIVE, true),
                arguments("applicant", TestCallers.signedIn("m", Roles.MEMBER), APPLIED, false),
                arguments("lapsed member", TestCallers.signedIn("m", Roles.MEMBER), LAPSED, false),
                arguments("member who left", TestCallers.signedIn("m", Roles.MEMBER, Roles.NETWORK_LEAD), LEFT, false),
                arguments("member role without a record", TestCallers.signedIn("m", Roles.MEMBER), null, false),
                arguments("active record without a member role", TestCallers.signedIn("m"), ACTIVE, false),
                arguments("regional network", regional(LONDON), null, false));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("directoryReaders")
    void whoMayReadTheDirectory(String who, Caller caller, MemberStatus ownStatus, boolean mayRead) {
        OwnRecord own = ownStatus == null ? OwnRecord.NONE : own(member("m", ownStatus, LONDON));
        assertThat(access.mayReadDirectory(caller, own)).isEqualTo(mayRead);
    }

    @ParameterizedTest(name = "a refused directory reader who is {0} gets {1}")
    @MethodSource("refusals")
    void aRefusedDirectoryReaderIsToldWhy(String who, Caller caller, Class<? extends RuntimeException> refusal) {
        assertThatThrownBy(() -> access.requireDirectoryReader(caller, OwnRecord.NONE))
                .isInstanceOf(refusal);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("anonymous", TestCallers.anonymous(), UnauthorizedException.class),
                arguments("signed in", TestCallers.signedIn("m", Roles.MEMBER), HttpProblem.class));
    }

    static Stream<Arguments> listings() {
        MemberFilter any = filter(null);
        return Stream.of(
                arguments("admin, any region", TestCallers.admin(), any, any),
                arguments("admin, one region", TestCallers.admin(), filter(MIDLANDS), filter(MIDLANDS)),
                arguments(
                        "regional network, no region asked",
                        regional(LONDON),
                        any,
                        any.inRegion(LONDON).directoryOnly()),
                arguments(
                        "regional network, its own region",
                        regional(LONDON),
                        filter(LONDON),
                        filter(LONDON).directoryOnly()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void whatAListingShows(String who, Caller caller, MemberFilter requested, MemberFilter shown) {
        assertThat(access.listing(caller, requested)).isEqualTo(shown);
    }

    static Stream<Arguments> refusedListings() {
        return Stream.of(
                arguments("regional network, another region", regional(LONDON), filter(MIDLANDS)),
                arguments("active member", TestCallers.signedIn("m", Roles.MEMBER), filter(null)),
                arguments("events admin", TestCallers.signedIn("e", Roles.EVENTS_ADMIN), filter(null)));
    }

    @ParameterizedTest(name = "{0}: 403")
    @MethodSource("refusedListings")
    void whoMayNotList(String who, Caller caller, MemberFilter requested) {
        assertThatThrownBy(() -> access.listing(caller, requested))
                .isInstanceOfSatisfying(
                        HttpProblem.class,
                        problem -> assertThat(problem.getType()).isEqualTo(ProblemType.FORBIDDEN.uri()));
    }

    private static Caller regional(Region region) {
        return TestCallers.regionalNetwork(region.name());
    }

    private static Member listed(MemberStatus status, Region region) {
        Member member = member("listed-" + status, status, region);
        member.directoryVisible = true;
        return member;
    }

    private static MemberFilter filter(Region region) {
        return new MemberFilter(region, null, null, null, null, null, null, false, MemberSort.NAME);
    }
}
