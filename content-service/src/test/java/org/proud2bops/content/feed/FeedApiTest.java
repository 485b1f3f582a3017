package org.proud2bops.content.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proud2bops.content.ContentTestData.ATOM_FEED;
import static org.proud2bops.content.ContentTestData.RSS_FEED;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.asSomeoneWith;
import static org.proud2bops.content.ContentTestData.createItem;
import static org.proud2bops.content.ContentTestData.newTopic;
import static org.proud2bops.content.ContentTestData.publishedItem;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class FeedApiTest {

    /** In a new topic: a public article, then public news, a members-only article and a draft. */
    private record Topic(String slug, String articleId, String newsId, String membersOnlyTitle) {}

    private static Topic topicWithItems() {
        String topic = newTopic();
        Map<String, Object> article = article("feed-article");
        article.put("topics", List.of(topic));
        article.put("body", "Read **this**.\n\n<script>alert(1)</script>");
        String articleId = publishedItem(article);
        Map<String, Object> news = article("feed-news");
        news.put("kind", "NEWS");
        news.put("topics", List.of(topic));
        String newsId = publishedItem(news);
        Map<String, Object> membersOnly = article("feed-members");
        membersOnly.put("topics", List.of(topic));
        membersOnly.put("visibility", "MEMBERS_ONLY");
        publishedItem(membersOnly);
        Map<String, Object> draft = article("feed-draft");
        draft.put("topics", List.of(topic));
        createItem(draft);
        return new Topic(topic, articleId, newsId, (String) membersOnly.get("title"));
    }

    private static ExtractableResponse<Response> feed(RequestSpecification request, String path, String mediaType) {
        return request.get(path)
                .then()
                .statusCode(200)
                .contentType(mediaType)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .header("Last-Modified", org.hamcrest.Matchers.notNullValue())
                .extract();
    }

    private static SyndFeed parsed(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @Test
    void theRssFeedListsPublishedPublicItemsNewestFirst() throws Exception {
        Topic topic = topicWithItems();

        String xml = feed(asSomeoneWith("member").queryParam("topic", topic.slug()), RSS_FEED, "application/rss+xml")
                .asString();

        SyndFeed feed = parsed(xml);
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getUri)
                .containsExactly("urn:uuid:" + topic.newsId(), "urn:uuid:" + topic.articleId());
        Channel channel = (Channel) new WireFeedInput().build(new StringReader(xml));
        assertThat(channel.getTitle()).isNotBlank();
        assertThat(channel.getLink()).endsWith("/api/content/publications?topic=" + topic.slug());
        assertThat(channel.getDescription()).isNotBlank();
        for (Item item : channel.getItems()) {
            assertThat(item.getTitle()).isNotBlank();
            assertThat(item.getLink()).contains("/api/content/publications/").contains("language=en");
            assertThat(item.getGuid().getValue()).startsWith("urn:uuid:");
            assertThat(item.getPubDate()).isNotNull();
            assertThat(item.getCategories()).extracting(c -> c.getValue()).containsExactly(topic.slug());
        }
        assertThat(xml).doesNotContain(topic.membersOnlyTitle(), "<script");
    }

    @Test
    void theAtomFeedHasTheRequiredElementsAndFiltersByKind() throws Exception {
        Topic topic = topicWithItems();

        String xml = feed(anonymous().queryParam("topic", topic.slug()), ATOM_FEED, "application/atom+xml")
                .asString();

        Feed atom = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getId()).isNotBlank();
        assertThat(atom.getTitle()).isNotBlank();
        assertThat(atom.getUpdated()).isNotNull();
        assertThat(atom.getAuthors()).isNotEmpty();
        assertThat(atom.getOtherLinks()).anyMatch(link -> "self".equals(link.getRel()));
        assertThat(atom.getEntries())
                .extracting(Entry::getId)
                .containsExactly("urn:uuid:" + topic.newsId(), "urn:uuid:" + topic.articleId());
        for (Entry entry : atom.getEntries()) {
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getAlternateLinks()).isNotEmpty();
            assertThat(entry.getContents())
                    .singleElement()
                    .satisfies(content -> assertThat(content.getValue()).doesNotContain("<script"));
        }
        assertThat(parsed(xml).getEntries()).hasSize(2);

        String news = feed(
                        anonymous().queryParam("topic", topic.slug()).queryParam("kind", "NEWS"),
                        ATOM_FEED,
                        "application/atom+xml")
                .asString();
        assertThat(parsed(news).getEntries())
                .extracting(SyndEntry::getUri)
                .containsExactly("urn:uuid:" + topic.newsId());
    }

    @Test
    void aFeedAnswers304UntilItChanges() {
        Topic topic = topicWithItems();
        var first = feed(anonymous().queryParam("topic", topic.slug()), RSS_FEED, "application/rss+xml");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");

        anonymous()
                .queryParam("topic", topic.slug())
                .header("If-None-Match", etag)
                .get(RSS_FEED)
                .then()
                .statusCode(304)
                .header("ETag", etag);
        anonymous()
                .queryParam("topic", topic.slug())
                .header("If-Modified-Since", lastModified)
                .get(RSS_FEED)
                .then()
                .statusCode(304);
        // The Atom feed of the same items is another representation
        assertThat(feed(anonymous().queryParam("topic", topic.slug()), ATOM_FEED, "application/atom+xml")
                        .header("ETag"))
                .isNotEqualTo(etag);

        Map<String, Object> another = article("feed-another");
        another.put("topics", List.of(topic.slug()));
        publishedItem(another);
        String changed = anonymous()
                .queryParam("topic", topic.slug())
                .header("If-None-Match", etag)
                .get(RSS_FEED)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        // A date that is not a date is ignored
        anonymous()
                .queryParam("topic", topic.slug())
                .header("If-Modified-Since", "yesterday")
                .get(RSS_FEED)
                .then()
                .statusCode(200);
    }
}
