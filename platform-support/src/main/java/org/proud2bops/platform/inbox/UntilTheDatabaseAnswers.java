package org.proud2bops.platform.inbox;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies an incoming event, waiting out a database that is down or refusing connections: such a failure says
 * nothing about the message, so the message is neither skipped nor dead-lettered (an erasure would be lost); the
 * partition waits, in order, and the event is applied once the database answers. Failures caused by the message
 * itself (data or integrity errors, anything that is not SQL) are thrown at once for the dead-letter strategy.
 */
public final class UntilTheDatabaseAnswers {

    private static final Logger LOG = Logger.getLogger(UntilTheDatabaseAnswers.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private UntilTheDatabaseAnswers() {}

    public static void apply(Runnable change) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                change.run();
                return;
            } catch (RuntimeException failure) {
                if (!databaseUnavailable(failure)) {
                    throw failure;
                }
                LOG.warnf(
                        "The database is unavailable (%s); trying the event again in %d ms",
                        failure.getMessage(), pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * Hands one record of a keyed fact topic to a projection, each call waiting out a database that is down: a
     * tombstone (a key with no value) to {@code onTombstone} with its key, anything else read as a CloudEvent
     * ({@link IncomingCloudEvent#from}: a record that is none throws, for the dead-letter strategy) to
     * {@code onEvent}.
     */
    public static void applyRecord(
            ConsumerRecord<String, String> record, Consumer<IncomingCloudEvent> onEvent, Consumer<String> onTombstone) {
        if (record.value() == null) {
            apply(() -> onTombstone.accept(record.key()));
        } else {
            IncomingCloudEvent event = IncomingCloudEvent.from(record);
            apply(() -> onEvent.accept(event));
        }
    }

    /** An SQL failure that is not about the data: connections refused, broken or not to be had (SQLState 08, 53, 57, 28...). */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || !(state.startsWith("22") || state.startsWith("23") || state.startsWith("42"));
            }
        }
        return false;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
