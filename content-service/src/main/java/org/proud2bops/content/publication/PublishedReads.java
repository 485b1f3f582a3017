package org.proud2bops.content.publication;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What public reads answer (an item by slug, a list or search page with its fingerprint, a feed), kept while it is what
 * the database would answer, so the most frequent reads run no query. The content "generation" moves after the commit
 * of any change that alters what readers see: a content item, a topic, a related event or a fully booked session
 * written through Hibernate (seen by {@link RowChanges}) or anything else that calls {@link #changed()}; everything kept
 * is then dropped. A kept answer also expires at the next closing time of a published item (calls close by the clock,
 * which changes their {@code closed}, open-call lists and fingerprints) and after {@code content.published-reads.max-age}
 * at most (5 s: what a write outside this service leaves unseen; past it, while one caller reads the answer
 * again, the others are still served the kept one). An answer read while a change was under way is not
 * kept, so a kept answer never misses a committed change. Keys say what the caller may see (public items only, or
 * members-only items too), never who the caller is.
 */
@ApplicationScoped
public class PublishedReads {

    /** The number of answers kept: beyond it, everything kept is dropped and kept again as read. */
    static final int MAX_KEPT = 4096;

    private static final Object CHANGE_PENDING = new Object();

    /**
     * An answer kept: fresh until {@code freshUntil} (its max age or the next closing), and still the answer until
     * {@code validUntil} (the next closing; null: none) while one caller, who took {@code refreshing}, reads it again.
     */
    private record Kept(
            long generation,
            Object value,
            Instant readAt,
            Instant freshUntil,
            Instant validUntil,
            AtomicBoolean refreshing) {

        boolean isCurrent(long current, Instant now) {
            return generation == current && !now.isBefore(readAt) && (validUntil == null || now.isBefore(validUntil));
        }
    }

    /** The next closing time of a published item after {@code readAt}, as read in {@code generation} (null: none). */
    private record NextClosing(long generation, Instant readAt, Instant closesAt) {}

    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Kept> kept = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;
    private final PublicationRepository publications;
    private final Clock clock;
    private final Duration maxAge;
    private volatile NextClosing nextClosing = new NextClosing(-1, Instant.MIN, null);

    public PublishedReads(
            TransactionSynchronizationRegistry transactions,
            PublicationRepository publications,
            Clock clock,
            @ConfigProperty(name = "content.published-reads.max-age", defaultValue = "5s") Duration maxAge) {
        this.transactions = transactions;
        this.publications = publications;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * The answer kept for this key, or the one {@code read} reads, kept unless something changed meanwhile. The key
     * must name everything the answer depends on besides the content (filters, page, language preference, whether the
     * caller sees members-only items). An exception from {@code read} is passed on and nothing is kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> read) {
        Instant now = clock.instant();
        long current = generation.get();
        Kept found = kept.get(key);
        if (found != null && found.isCurrent(current, now)) {
            // Past its max age only (no change, no closing): one caller reads it again, the others are served it
            // meanwhile, rather than every concurrent caller running the same query at once
            if (now.isBefore(found.freshUntil) || !found.refreshing.compareAndSet(false, true)) {
                return (T) found.value;
            }
        }
        boolean stored = false;
        try {
            T fresh = read.get();
            Instant closing = nextClosing(current, now);
            Instant freshUntil = now.plus(maxAge);
            if (closing != null && closing.isBefore(freshUntil)) {
                freshUntil = closing;
            }
            if (generation.get() == current) {
                if (this.kept.size() >= MAX_KEPT) {
                    this.kept.clear();
                }
                this.kept.put(key, new Kept(current, fresh, now, freshUntil, closing, new AtomicBoolean()));
                stored = true;
            }
            return fresh;
        } finally {
            if (!stored && found != null) {
                found.refreshing.set(false);
            }
        }
    }

    /** The content generation: it moves after the commit of every change readers may see. */
    public long generation() {
        return generation.get();
    }

    /** The first closing time of a published item after now, read once per generation and closing. */
    private Instant nextClosing(long current, Instant now) {
        NextClosing known = nextClosing;
        if (known.generation != current
                || now.isBefore(known.readAt)
                || (known.closesAt != null && !now.isBefore(known.closesAt))
                || !now.isBefore(known.readAt.plus(maxAge))) {
            known = new NextClosing(current, now, publications.nextClosing(now));
            nextClosing = known;
        }
        return known.closesAt;
    }

    /**
     * Something readers see was written: what is kept is dropped when the writing transaction ends (committed or not),
     * and at once when there is none.
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
        kept.clear();
    }

    /** Sees every insert, update and delete Hibernate makes of the entities it is listed on. */
    public static class RowChanges {

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object row) {
            Arc.container().instance(PublishedReads.class).get().changed();
        }
    }
}
