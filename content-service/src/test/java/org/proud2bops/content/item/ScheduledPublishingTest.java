package org.proud2bops.content.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.content.ContentTestData.ITEM;
import static org.proud2bops.content.ContentTestData.PUBLICATION;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.asContentEditor;
import static org.proud2bops.content.ContentTestData.createItem;
import static org.proud2bops.content.ContentTestData.etagOf;
import static org.proud2bops.content.ContentTestData.moveTo;
import static org.proud2bops.content.ContentTestData.revisionsOf;
import static org.proud2bops.content.ContentTestData.tryToMove;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.content.TestClock;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** Scheduled items are published by the job when the clock passes their time, once, however many instances run it. */
@QuarkusTest
@WithPlatformInfrastructure
class ScheduledPublishingTest {

    @Inject
    TestClock clock;

    @Inject
    ScheduledPublishing job;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aScheduledTimeInThePastIsRefusedAndChangesNothing() {
        String id = createItem(article("past-schedule"));
        String etag = moveTo(id, "IN_REVIEW", null);

        tryToMove(
                        id,
                        etag,
                        Map.of(
                                "to",
                                "SCHEDULED",
                                "publishAt",
                                Instant.now().minusSeconds(60).toString()))
                .spec(problem(ProblemType.DATE_IN_THE_PAST))
                .body("field", equalTo("publishAt"));
        asContentEditor().get(ITEM, id).then().header("ETag", etag).body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void aScheduledItemIsPublishedOnceWhenItsTimeHasComeEvenWithTwoInstancesRunningTheJob() throws Exception {
        Map<String, Object> body = article("scheduled");
        String id = createItem(body);
        moveTo(id, "IN_REVIEW", null);
        Instant publishAt = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        moveTo(id, "SCHEDULED", publishAt.toString());

        job.publishDueItems();
        asContentEditor().get(ITEM, id).then().body("status", equalTo("SCHEDULED"));
        anonymous().get(PUBLICATION, body.get("slug")).then().spec(problem(ProblemType.NOT_FOUND));

        // The service was not running at the time: the job's first run after it finds the item due
        clock.advance(Duration.ofHours(3));
        runTogether(2, job::publishDueItems);

        ItemResponse published =
                asContentEditor().get(ITEM, id).then().statusCode(200).extract().as(ItemResponse.class);
        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(publishAt);
        anonymous().get(PUBLICATION, body.get("slug")).then().statusCode(200).body("id", equalTo(id));

        job.publishDueItems();
        List<RevisionResponse> revisions = revisionsOf(id);
        assertThat(revisions)
                .filteredOn(r -> r.snapshot().status() == ItemStatus.PUBLISHED)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.editor()).isEqualTo(ItemRevision.SCHEDULE);
                    assertThat(r.change()).isEqualTo(RevisionChange.STATUS_CHANGED);
                });
        assertThat(revisions).hasSize(4);
        assertThat(etagOf(id)).isEqualTo("\"" + 3 + "\"");
    }

    /** Runs the action on {@code threads} threads released at the same moment, and rethrows what any of them threw. */
    private static void runTogether(int threads, Runnable action) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = java.util.stream.IntStream.range(0, threads)
                    .<Future<?>>mapToObj(i -> pool.submit(() -> {
                        start.await();
                        action.run();
                        return null;
                    }))
                    .toList();
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
