package org.proud2bops.events.event;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proud2bops.platform.http.PageResponse;

/**
 * Pages of published events, kept while they are what the database would answer: anyone lists the published events
 * (the listing is the most read operation), and every read would otherwise run the same query. A page is kept until
 * any event row changes (an insert, update or delete of an Event, seen by {@link RowChanges}; a statement that writes
 * the event table directly calls {@link #changed()}), until the first listed event ends (when the list is "now"), and
 * for {@code events.published-listing.max-age} at most (5 s: what a write outside this service leaves unseen). A change counts once its transaction has ended, and a page read while a change was
 * under way is not kept, so a kept page never misses a committed change.
 */
@ApplicationScoped
public class PublishedListing {

    /** The number of pages kept: more are possible (any endingAfter), so beyond it the pages kept are dropped. */
    static final int MAX_PAGES = 512;

    private static final Object CHANGE_PENDING = new Object();

    /** Which listing: the filters and the page; endingAfter null for "now". */
    record Key(Instant endingAfter, EventKind kind, Region region, String tag, int page, int size) {}

    /** A page read from the database and until when it is still the answer (null: until the next change). */
    record Read(PageResponse<EventResponse> page, Instant validUntil) {}

    private record Kept(long generation, PageResponse<EventResponse> page, Instant readAt, Instant validUntil) {}

    private final AtomicLong generation = new AtomicLong();
    private final Map<Key, Kept> pages = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;
    private final Duration maxAge;

    public PublishedListing(
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "events.published-listing.max-age", defaultValue = "5s") Duration maxAge) {
        this.transactions = transactions;
        this.maxAge = maxAge;
    }

    /** The kept page for the key, or the one {@code read} reads (kept unless an event changed meanwhile). */
    PageResponse<EventResponse> page(Key key, Instant now, Supplier<Read> read) {
        Kept kept = pages.get(key);
        if (kept != null
                && kept.generation == generation.get()
                && !now.isBefore(kept.readAt)
                && now.isBefore(kept.validUntil)) {
            return kept.page;
        }
        long before = generation.get();
        Read fresh = read.get();
        Instant validUntil = now.plus(maxAge);
        if (fresh.validUntil() != null && fresh.validUntil().isBefore(validUntil)) {
            validUntil = fresh.validUntil();
        }
        if (generation.get() == before) {
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, new Kept(before, fresh.page(), now, validUntil));
        }
        return fresh.page();
    }

    /**
     * An event row was written: the pages kept are dropped when the writing transaction ends (committed or not), and
     * at once when there is none.
     */
    public void changed() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            forget();
            return;
        }
        if (transactions.getResource(CHANGE_PENDING) == null) {
            transactions.putResource(CHANGE_PENDING, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        generation.incrementAndGet();
        pages.clear();
    }

    /** Sees every insert, update and delete of an Event that Hibernate makes. */
    public static class RowChanges {

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Event event) {
            Arc.container().instance(PublishedListing.class).get().changed();
        }
    }
}
