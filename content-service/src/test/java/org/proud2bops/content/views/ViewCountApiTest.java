package org.proud2bops.content.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proud2bops.content.ContentTestData.ITEM_VIEWS;
import static org.proud2bops.content.ContentTestData.MOST_READ;
import static org.proud2bops.content.ContentTestData.PUBLICATION;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.asContentEditor;
import static org.proud2bops.content.ContentTestData.createItem;
import static org.proud2bops.content.ContentTestData.moveTo;
import static org.proud2bops.content.ContentTestData.publishedItem;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.content.TestClock;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class ViewCountApiTest {

    @Inject
    TestClock clock;

    @Inject
    ViewCounter counter;

    @Inject
    ViewRepository repository;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A published item: its id and slug. */
    private record Published(String id, String slug) {}

    private static Published published() {
        Map<String, Object> body = article("viewed");
        String id = publishedItem(body);
        return new Published(id, (String) body.get("slug"));
    }

    /** Moves the clock to a day of this test's own (the items are published first, at the real time). */
    private LocalDate aDayOfItsOwn() {
        clock.advance(Duration.ofDays(ThreadLocalRandom.current().nextInt(10_000, 1_000_000)));
        return today();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String read(Published item) {
        return anonymous()
                .get(PUBLICATION, item.slug())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static void read(Published item, int times) {
        for (int i = 0; i < times; i++) {
            read(item);
        }
    }

    private static ItemViewsResponse views(String itemId, LocalDate from, LocalDate to) {
        return asContentEditor()
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .get(ITEM_VIEWS, itemId)
                .then()
                .statusCode(200)
                .extract()
                .as(ItemViewsResponse.class);
    }

    private static List<MostReadResponse.Entry> mostRead(LocalDate from, LocalDate to, int size) {
        return asContentEditor()
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .queryParam("size", size)
                .get(MOST_READ)
                .then()
                .statusCode(200)
                .extract()
                .as(MostReadResponse.class)
                .items();
    }

    @Test
    void concurrentReadsAreAllCountedAfterAFlushAndA304CountsToo() throws Exception {
        Published item = published();
        String etag = read(item);
        int threads = 8;
        int readsEach = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                boolean conditional = t % 2 == 0;
                statuses.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < readsEach; i++) {
                        int status = (conditional ? anonymous().header("If-None-Match", etag) : anonymous())
                                .get(PUBLICATION, item.slug())
                                .statusCode();
                        ok += status == (conditional ? 304 : 200) ? 1 : 0;
                    }
                    return ok;
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(readsEach);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(views(item.id(), today(), today()).total())
                .as("nothing reaches the database before a flush")
                .isZero();

        counter.flush();

        ItemViewsResponse views = views(item.id(), today(), today());
        long expected = 1 + (long) threads * readsEach;
        assertThat(views.total()).isEqualTo(expected);
        assertThat(views.days()).containsExactly(new ItemViewsResponse.Day(today(), expected));
        assertThat(counter.flush()).as("a flush takes the counts out").isZero();
    }

    @Test
    void twoInstancesAndSuccessiveFlushesAddUpPerDay() {
        Published item = published();
        LocalDate first = aDayOfItsOwn();
        counter.flush();
        ViewCounter otherInstance = new ViewCounter(repository, clock);
        read(item, 3);
        otherInstance.count(UUID.fromString(item.id()));
        otherInstance.count(UUID.fromString(item.id()));
        assertThat(counter.flush()).isEqualTo(3);
        assertThat(otherInstance.flush()).isEqualTo(2);
        read(item, 1);
        counter.flush();
        clock.advance(Duration.ofDays(1));
        read(item, 4);
        counter.flush();

        ItemViewsResponse views = views(item.id(), first, first.plusDays(1));
        assertThat(views.days())
                .containsExactly(new ItemViewsResponse.Day(first, 6), new ItemViewsResponse.Day(first.plusDays(1), 4));
        assertThat(views.total()).isEqualTo(10);
        assertThat(views(item.id(), first.plusDays(1), first.plusDays(5)).days())
                .as("only the period's days")
                .containsExactly(new ItemViewsResponse.Day(first.plusDays(1), 4));
    }

    @Test
    void theMostReadArePublishedItemsInThePeriodMostFirst() {
        Published some = published();
        Published most = published();
        Published unpublished = published();
        Published before = published();
        Map<String, Object> draft = article("never-published");
        String draftId = createItem(draft);
        LocalDate day = aDayOfItsOwn();
        read(before, 9);
        clock.advance(Duration.ofDays(1));
        read(some, 2);
        read(most, 5);
        read(unpublished, 7);
        counter.flush();
        moveTo(unpublished.id(), "DRAFT", null);

        LocalDate period = day.plusDays(1);
        assertThat(mostRead(period, period, 10))
                .extracting(MostReadResponse.Entry::itemId, MostReadResponse.Entry::views)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UUID.fromString(most.id()), 5L),
                        org.assertj.core.groups.Tuple.tuple(UUID.fromString(some.id()), 2L));
        assertThat(mostRead(period, period, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.slug()).isEqualTo(most.slug());
            assertThat(entry.language()).isEqualTo("en");
        });
        assertThat(mostRead(day, period, 10))
                .extracting(MostReadResponse.Entry::itemId)
                .containsExactly(UUID.fromString(before.id()), UUID.fromString(most.id()), UUID.fromString(some.id()));
        assertThat(views(draftId, day, period).total())
                .as("a draft is never read")
                .isZero();
    }

    @Test
    void theItemsFiguresCarryAnETag() {
        Published item = published();
        String etag = asContentEditor()
                .get(ITEM_VIEWS, item.id())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        asContentEditor()
                .header("If-None-Match", etag)
                .get(ITEM_VIEWS, item.id())
                .then()
                .statusCode(304);
        read(item, 1);
        counter.flush();
        asContentEditor()
                .header("If-None-Match", etag)
                .get(ITEM_VIEWS, item.id())
                .then()
                .statusCode(200);
    }

    @Test
    void badPeriodsSizesAndItemsAreRefused() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        asContentEditor()
                .queryParam("from", day.toString())
                .queryParam("to", day.minusDays(1).toString())
                .get(MOST_READ)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
        asContentEditor()
                .queryParam("from", day.minusDays(366).toString())
                .queryParam("to", day.toString())
                .get(MOST_READ)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
        asContentEditor()
                .queryParam("from", day.minusDays(365).toString())
                .queryParam("to", day.toString())
                .get(MOST_READ)
                .then()
                .statusCode(200);
        asContentEditor().queryParam("size", 0).get(MOST_READ).then().spec(problem(ProblemType.VALIDATION_FAILED));
        asContentEditor().queryParam("size", 101).get(MOST_READ).then().spec(problem(ProblemType.VALIDATION_FAILED));
        asContentEditor()
                .queryParam("from", "20-11-2026")
                .get(MOST_READ)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
        String item = published().id();
        asContentEditor()
                .queryParam("from", day.toString())
                .queryParam("to", day.minusDays(1).toString())
                .get(ITEM_VIEWS, item)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
        asContentEditor().get(ITEM_VIEWS, UUID.randomUUID()).then().spec(problem(ProblemType.NOT_FOUND));
    }
}
