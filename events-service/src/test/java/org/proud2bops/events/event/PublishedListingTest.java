package org.proud2bops.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;

/** When a kept page of published events is still the answer, and when it is read again. */
class PublishedListingTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final PublishedListing.Key FIRST_PAGE = new PublishedListing.Key(null, null, null, null, 1, 20);
    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final FakeTransactions transactions = new FakeTransactions();
    private final PublishedListing listing = new PublishedListing(transactions, MAX_AGE);
    private final AtomicInteger reads = new AtomicInteger();

    private PageResponse<EventResponse> page(PublishedListing.Key key, Instant now, Instant validUntil) {
        return listing.page(key, now, () -> {
            reads.incrementAndGet();
            return new PublishedListing.Read(new PageResponse<>(List.of(), key.page(), key.size(), 0, 1), validUntil);
        });
    }

    @Test
    void aPageIsReadOnceUntilAnEventChanges() {
        PageResponse<EventResponse> first = page(FIRST_PAGE, NOW, null);
        assertThat(page(FIRST_PAGE, NOW.plusSeconds(1), null)).isSameAs(first);
        assertThat(reads).hasValue(1);

        listing.changed();

        assertThat(page(FIRST_PAGE, NOW.plusSeconds(1), null)).isNotSameAs(first);
        assertThat(reads).hasValue(2);
    }

    @Test
    void eachListingIsKeptApart() {
        page(FIRST_PAGE, NOW, null);
        page(new PublishedListing.Key(null, null, null, null, 2, 20), NOW, null);
        page(new PublishedListing.Key(null, EventKind.COURSE, null, null, 1, 20), NOW, null);
        page(new PublishedListing.Key(null, null, null, "nhs", 1, 20), NOW, null);
        page(new PublishedListing.Key(NOW, null, null, null, 1, 20), NOW, null);
        page(FIRST_PAGE, NOW, null);

        assertThat(reads).hasValue(5);
    }

    @Test
    void aPageIsReadAgainWhenItsFirstEventEnds() {
        Instant firstEnd = NOW.plusSeconds(2);
        page(FIRST_PAGE, NOW, firstEnd);
        page(FIRST_PAGE, firstEnd.minusMillis(1), firstEnd);
        assertThat(reads).hasValue(1);

        page(FIRST_PAGE, firstEnd, firstEnd);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aPageIsNotTheAnswerForATimeBeforeItWasRead() {
        page(FIRST_PAGE, NOW, null);

        page(FIRST_PAGE, NOW.minusSeconds(1), null); // a clock set back: an event that ended since may be listed again
        assertThat(reads).hasValue(2);
    }

    @Test
    void aPageIsKeptForTheMaximumAgeAtMost() {
        page(FIRST_PAGE, NOW, NOW.plus(Duration.ofDays(1)));
        page(FIRST_PAGE, NOW.plus(MAX_AGE).minusMillis(1), null);
        assertThat(reads).hasValue(1);

        page(FIRST_PAGE, NOW.plus(MAX_AGE), null);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aPageReadWhileAnEventChangedIsNotKept() {
        listing.page(FIRST_PAGE, NOW, () -> {
            reads.incrementAndGet();
            listing.changed(); // a change that committed while the page was read
            return new PublishedListing.Read(PageResponse.empty(new PageRequest()), null);
        });

        page(FIRST_PAGE, NOW, null);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeInATransactionCountsWhenTheTransactionEnds() {
        page(FIRST_PAGE, NOW, null);
        transactions.status = Status.STATUS_ACTIVE;

        listing.changed();
        listing.changed();

        assertThat(transactions.synchronizations).hasSize(1);
        page(FIRST_PAGE, NOW, null);
        assertThat(reads)
                .as("not committed yet: others still read the rows as they were")
                .hasValue(1);

        transactions.end(Status.STATUS_COMMITTED);
        page(FIRST_PAGE, NOW, null);
        assertThat(reads).hasValue(2);
    }

    /** One transaction at a time, active or none. */
    private static final class FakeTransactions implements TransactionSynchronizationRegistry {

        int status = Status.STATUS_NO_TRANSACTION;
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int outcome) {
            status = Status.STATUS_NO_TRANSACTION;
            resources.clear();
            synchronizations.forEach(synchronization -> synchronization.afterCompletion(outcome));
            synchronizations.clear();
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_ACTIVE ? this : null;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
