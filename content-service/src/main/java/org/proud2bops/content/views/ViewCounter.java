package org.proud2bops.content.views;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.logging.Logger;

/**
 * Counts reads of published items without making them write to the database: each read adds one to an in-memory
 * count per item per UTC day ({@link ConcurrentHashMap#merge}, atomic per key); {@link #flush} takes the counts out
 * (each key removed atomically, so a read counted meanwhile starts a new count and is flushed next time) and adds
 * them to {@code content_item_view} in one upsert. It runs every {@code content.views.flush-interval} and when the
 * service stops, so a crash loses at most one interval's counts. A batch the database refuses is put back and tried
 * again at the next flush.
 */
@ApplicationScoped
public class ViewCounter {

    private static final Logger LOG = Logger.getLogger(ViewCounter.class);

    /** One item's views on one day. */
    record DayCount(UUID itemId, LocalDate day, long views) {}

    private record Key(UUID itemId, LocalDate day) {}

    private final ConcurrentMap<Key, Long> pending = new ConcurrentHashMap<>();
    private final ViewRepository views;
    private final Clock clock;

    public ViewCounter(ViewRepository views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    /** Counts one read of the item, on today's date (UTC). */
    public void count(UUID itemId) {
        pending.merge(new Key(itemId, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), 1L, Long::sum);
    }

    @Scheduled(every = "${content.views.flush-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flushPeriodically() {
        flush();
    }

    /** Adds the counts taken so far to the database; gives how many views it added. */
    public long flush() {
        List<DayCount> batch = new ArrayList<>();
        for (Key key : List.copyOf(pending.keySet())) {
            Long taken = pending.remove(key);
            if (taken != null) {
                batch.add(new DayCount(key.itemId(), key.day(), taken));
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        // The same order in every instance: two flushes touching the same rows never deadlock
        batch.sort(Comparator.comparing(DayCount::itemId).thenComparing(DayCount::day));
        try {
            views.add(batch);
        } catch (RuntimeException e) {
            batch.forEach(count -> pending.merge(new Key(count.itemId(), count.day()), count.views(), Long::sum));
            LOG.warnf(e, "View counts not saved (%d rows); kept for the next flush", batch.size());
            return 0;
        }
        return batch.stream().mapToLong(DayCount::views).sum();
    }

    void flushOnShutdown(@Observes ShutdownEvent event) {
        flush();
    }
}
