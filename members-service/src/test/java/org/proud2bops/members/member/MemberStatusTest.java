package org.proud2bops.members.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberStatusTest {

    @ParameterizedTest(name = "{0} may become {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "APPLIED   | ACTIVE DECLINED",
                "DECLINED  | ''",
                "ACTIVE    | LAPSED SUSPENDED LEFT",
                "LAPSED    | ACTIVE LEFT",
                "SUSPENDED | ACTIVE LEFT",
                "LEFT      | ACTIVE",
                "ERASED    | ''"
            })
    void aStatusChangeMovesAlongTheLifecycleOnly(MemberStatus from, String allowed) {
        assertThat(from.next()).isEqualTo(statuses(allowed));
    }

    @ParameterizedTest(name = "{0} may apply again: {1}")
    @CsvSource({
        "APPLIED,   false",
        "DECLINED,  true",
        "ACTIVE,    false",
        "LAPSED,    false",
        "SUSPENDED, false",
        "LEFT,      true",
        "ERASED,    false"
    })
    void onlySomeoneDeclinedOrWhoLeftAppliesAgain(MemberStatus status, boolean mayReapply) {
        assertThat(status.mayReapply()).isEqualTo(mayReapply);
    }

    @ParameterizedTest(name = "nothing becomes ERASED by a status change (from {0})")
    @CsvSource({"APPLIED", "DECLINED", "ACTIVE", "LAPSED", "SUSPENDED", "LEFT", "ERASED"})
    void erasureIsNeverAStatusChange(MemberStatus from) {
        assertThat(from.next()).doesNotContain(MemberStatus.ERASED);
    }

    private static Set<MemberStatus> statuses(String names) {
        if (names == null || names.isBlank()) {
            return EnumSet.noneOf(MemberStatus.class);
        }
        return Arrays.stream(names.strip().split("\\s+"))
                .map(MemberStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MemberStatus.class)));
    }
}
