package org.proud2bops.platform.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.inbox.UntilTheDatabaseAnswers;

/** An event is tried again while the database is unavailable, and never for a failure the message itself caused. */
class UntilTheDatabaseAnswersTest {

    @Test
    void aBrokenConnectionIsWaitedOutAndTheEventApplied() {
        AtomicInteger attempts = new AtomicInteger();

        UntilTheDatabaseAnswers.apply(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("commit failed", new SQLException("I/O error", "08006"));
            }
        });

        assertThat(attempts).hasValue(3);
    }

    @Test
    void aFailureCausedByTheDataIsThrownAtOnce() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> UntilTheDatabaseAnswers.apply(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("insert failed", new SQLException("duplicate key", "23505"));
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aFailureThatIsNotTheDatabasesIsThrownAtOnce() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> UntilTheDatabaseAnswers.apply(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalArgumentException("not a member event");
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }
}
