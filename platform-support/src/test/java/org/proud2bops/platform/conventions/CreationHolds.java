package org.proud2bops.platform.conventions;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a test keep a widget's creation in flight, inside its transaction and so holding its idempotency lock, until
 * the test lets go.
 */
@ApplicationScoped
public class CreationHolds {

    /** Only a broken test waits this long; the timeouts keep it from hanging the suite. */
    private static final long GIVE_UP_SECONDS = 30;

    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    /** The next creation of a widget with this name stops inside its transaction until the hold is released. */
    public Hold holdNextCreationOf(String name) {
        Hold hold = new Hold();
        holds.put(name, hold);
        return hold;
    }

    void stopHereIfHeld(String name) {
        Hold hold = holds.remove(name);
        if (hold != null) {
            hold.stopHere();
        }
    }

    public static final class Hold {

        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Returns once the held creation has stopped inside its transaction. */
        public void awaitHolding() throws InterruptedException {
            if (!reached.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("The held creation never started");
            }
        }

        public void release() {
            released.countDown();
        }

        private void stopHere() {
            reached.countDown();
            try {
                if (!released.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never released the held creation");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while held", e);
            }
        }
    }
}
