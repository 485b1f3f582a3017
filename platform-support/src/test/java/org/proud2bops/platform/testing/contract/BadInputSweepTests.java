package org.proud2bops.platform.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.proud2bops.platform.security.Roles;
import org.proud2bops.platform.testing.TestTokens;

/**
 * The bad-input sweep of a service's whole document, once anonymously and once with a token holding every role (so
 * authorization does not answer before parsing). A service runs it with an empty {@code @QuarkusTest} subclass.
 */
public abstract class BadInputSweepTests {

    @Test
    void badInputFromASignedInCallerGetsClientErrorProblems() {
        SweepReport report = BadInputSweep.ofApplicationUnderTest()
                .as(
                        "every role",
                        TestTokens.bearer(
                                "bad-input-sweep",
                                Roles.MEMBER,
                                Roles.NETWORK_LEAD,
                                Roles.EVENTS_ADMIN,
                                Roles.CONTENT_EDITOR,
                                Roles.ADMIN))
                .run()
                .written(getClass().getSimpleName());
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.requests()).isGreaterThan(0);
    }

    @Test
    void badInputFromAnAnonymousCallerGetsClientErrorProblems() {
        SweepReport report =
                BadInputSweep.ofApplicationUnderTest().run().written(getClass().getSimpleName());
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.requests()).isGreaterThan(0);
    }
}
