package org.proud2bops.content.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.content.ContentTestData.PUBLICATION;
import static org.proud2bops.content.ContentTestData.PUBLICATIONS;
import static org.proud2bops.content.ContentTestData.RSS_FEED;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.asContentEditor;
import static org.proud2bops.content.ContentTestData.createTranslation;
import static org.proud2bops.content.ContentTestData.etagOf;
import static org.proud2bops.content.ContentTestData.member;
import static org.proud2bops.content.ContentTestData.newTopic;
import static org.proud2bops.content.ContentTestData.publish;
import static org.proud2bops.content.ContentTestData.publishedItem;
import static org.proud2bops.content.ContentTestData.tryToReplace;
import static org.proud2bops.content.ContentTestData.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.content.ContentTestData;
import org.proud2bops.content.TestClock;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * Public reads are kept between changes ({@link PublishedReads}): a read after a committed change sees it at once, and
 * what is kept for callers who see members-only items is never served to callers who do not, nor the reverse.
 */
@QuarkusTest
@WithPlatformInfrastructure
class PublishedReadsApiTest {

    @Inject
    PublishedReads publishedReads;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aKeptItemReadShowsAnEditAtOnce() {
        Map<String, Object> body = article("kept-read");
        String id = publishedItem(body);
        String slug = (String) body.get("slug");
        String tag = anonymous()
                .get(PUBLICATION, slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        anonymous().header("If-None-Match", tag).get(PUBLICATION, slug).then().statusCode(304);

        body.put("title", "Retitled at once");
        tryToReplace(id, etagOf(id), body).statusCode(200);

        String changed = anonymous()
                .header("If-None-Match", tag)
                .get(PUBLICATION, slug)
                .then()
                .statusCode(200)
                .body("title", equalTo("Retitled at once"))
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(tag);
    }

    @Test
    void aKeptSearchPageAndFeedListANewItemAtOnce() {
        String word = word();
        String topic = newTopic();
        Map<String, Object> first = article("kept-search");
        first.put("summary", "About " + word);
        first.put("topics", List.of(topic));
        publishedItem(first);
        assertThat(searched(word)).containsExactly((String) first.get("slug"));
        assertThat(feedOf(topic)).contains((String) first.get("slug")).doesNotContain("kept-search-second");
        assertThat(searched(word)).containsExactly((String) first.get("slug"));

        Map<String, Object> second = article("kept-search-second");
        second.put("summary", "More about " + word);
        second.put("topics", List.of(topic));
        publishedItem(second);

        assertThat(searched(word)).containsExactlyInAnyOrder((String) first.get("slug"), (String) second.get("slug"));
        assertThat(feedOf(topic)).contains((String) second.get("slug"));
    }

    @Test
    void aKeptListIsNeverSharedAcrossWhatCallersMayRead() {
        String name = unique("Kept series");
        Map<String, Object> open = article("kept-public");
        open.put("series", Map.of("name", name, "part", 1, "of", 2));
        publishedItem(open);
        Map<String, Object> closed = article("kept-members");
        closed.put("series", Map.of("name", name, "part", 2, "of", 2));
        closed.put("visibility", "MEMBERS_ONLY");
        publishedItem(closed);
        List<String> everything = List.of((String) closed.get("slug"), (String) open.get("slug"));

        assertThat(seriesListed(anonymous(), name)).containsExactly((String) open.get("slug"));
        assertThat(seriesListed(ContentTestData.activeMember().asThem(), name)).isEqualTo(everything);
        assertThat(seriesListed(anonymous(), name)).containsExactly((String) open.get("slug"));
        assertThat(seriesListed(member("LAPSED").asThem(), name)).containsExactly((String) open.get("slug"));
        assertThat(seriesListed(asContentEditor(), name)).isEqualTo(everything);

        // The members-only item read (and kept) for a member is refused to anyone else
        ContentTestData.activeMember()
                .asThem()
                .get(PUBLICATION, closed.get("slug"))
                .then()
                .statusCode(200);
        anonymous().get(PUBLICATION, closed.get("slug")).then().statusCode(401);
        member("LAPSED").asThem().get(PUBLICATION, closed.get("slug")).then().statusCode(403);
        ContentTestData.activeMember()
                .asThem()
                .get(PUBLICATION, closed.get("slug"))
                .then()
                .statusCode(200);
    }

    @Test
    void aKeptReadOfAFamilyIsNeverSharedAcrossWhatCallersMayRead() {
        Map<String, Object> english = article("kept-family");
        String originalId = publishedItem(english);
        Map<String, Object> chinese = article("kept-family-zh");
        chinese.put("language", "zh-Hans");
        chinese.put("visibility", "MEMBERS_ONLY");
        publish(createTranslation(originalId, chinese));
        String slug = (String) english.get("slug");

        for (int round = 0; round < 2; round++) {
            anonymous()
                    .header("Accept-Language", "zh")
                    .get(PUBLICATION, slug)
                    .then()
                    .statusCode(200)
                    .header("Content-Language", "en")
                    .body("fallback", equalTo(true));
            ContentTestData.activeMember()
                    .asThem()
                    .header("Accept-Language", "zh")
                    .get(PUBLICATION, slug)
                    .then()
                    .statusCode(200)
                    .header("Content-Language", "zh-Hans")
                    .body("fallback", equalTo(false));
        }
    }

    @Test
    void aReadDuringAChangeIsNotKept() {
        Object key = unique("key");
        assertThat(publishedReads.<String>get(key, () -> {
                    publishedReads.changed();
                    return "read while changing";
                }))
                .isEqualTo("read while changing");
        assertThat(publishedReads.<String>get(key, () -> "read after")).isEqualTo("read after");
        assertThat(publishedReads.<String>get(key, () -> "not read: kept")).isEqualTo("read after");
        publishedReads.changed();
        assertThat(publishedReads.<String>get(key, () -> "read after the change"))
                .isEqualTo("read after the change");
    }

    /** A made-up word of letters only, so no other test's item contains it. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        java.util
                .UUID
                .randomUUID()
                .toString()
                .chars()
                .filter(Character::isLetterOrDigit)
                .limit(12)
                .forEach(c -> word.append((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)));
        return word.toString();
    }

    @Test
    void pastItsMaxAgeOneCallerReadsAgainWhileTheOthersAreServedTheKeptAnswer() {
        Object key = unique("key");
        assertThat(publishedReads.<String>get(key, () -> "first")).isEqualTo("first");
        clock.advance(Duration.ofSeconds(6));

        assertThat(publishedReads.<String>get(key, () -> {
                    // Another caller meanwhile: served the kept answer, not reading it too
                    assertThat(publishedReads.<String>get(key, () -> "read twice"))
                            .isEqualTo("first");
                    return "second";
                }))
                .isEqualTo("second");
        assertThat(publishedReads.<String>get(key, () -> "not read: kept")).isEqualTo("second");
    }

    private static List<String> searched(String word) {
        return anonymous()
                .queryParam("q", word)
                .get(PUBLICATIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.slug", String.class);
    }

    private static String feedOf(String topic) {
        return anonymous()
                .queryParam("topic", topic)
                .get(RSS_FEED)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static List<String> seriesListed(RequestSpecification request, String series) {
        return ContentTestData.publicationsListed(request.queryParam("series", series)).stream()
                .map(PublicationSummary::slug)
                .toList();
    }
}
