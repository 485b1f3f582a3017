package org.proud2bops.members.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.proud2bops.members.member.Region.LONDON;
import static org.proud2bops.members.member.TestRecords.member;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberAccess;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;
import org.proud2bops.platform.testing.TestCallers;

class AdvisoryAccessTest {

    private final AdvisoryAccess access = new AdvisoryAccess(new MemberAccess());

    static Stream<Arguments> readers() {
        return Stream.of(
                arguments("an admin", TestCallers.admin(), true, false),
                arguments("the applicant", TestCallers.signedIn("aisha", Roles.MEMBER), true, true),
                arguments("another member", TestCallers.signedIn("ben", Roles.MEMBER), false, false),
                arguments("an events admin", TestCallers.signedIn("e", Roles.EVENTS_ADMIN), false, false),
                arguments("anonymous", TestCallers.anonymous(), false, false));
    }

    @ParameterizedTest(name = "{0}: reads {2}, is the applicant {3}")
    @MethodSource("readers")
    void whoSeesAnApplication(String who, Caller caller, boolean mayRead, boolean isApplicant) {
        AdvisoryApplication application = new AdvisoryApplication();
        application.member = member("aisha", MemberStatus.ACTIVE, LONDON);
        assertThat(access.mayRead(caller, application)).isEqualTo(mayRead);
        assertThat(access.isApplicant(caller, application)).isEqualTo(isApplicant);
    }

    @ParameterizedTest(name = "a person whose own record is {0} may apply: {1}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                "NONE, false",
                "APPLIED, false",
                "DECLINED, false",
                "ACTIVE, true",
                "LAPSED, false",
                "SUSPENDED, false",
                "LEFT, false"
            })
    void onlyActiveMembersApply(MemberStatus status, boolean mayApply) {
        Optional<Member> ownRecord = Optional.ofNullable(status).map(s -> member("aisha", s, LONDON));
        if (mayApply) {
            assertThat(access.requireMayApply(ownRecord)).isSameAs(ownRecord.orElseThrow());
        } else {
            assertThatThrownBy(() -> access.requireMayApply(ownRecord))
                    .isInstanceOfSatisfying(
                            HttpProblem.class,
                            problem -> assertThat(problem.getType()).isEqualTo(ProblemType.FORBIDDEN.uri()));
        }
    }
}
