package org.proud2bops.content.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proud2bops.content.ContentTestData.ITEM_TOPIC;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.createItem;
import static org.proud2bops.content.ContentTestData.createTranslation;
import static org.proud2bops.content.ContentTestData.moveTo;
import static org.proud2bops.content.ContentTestData.publish;
import static org.proud2bops.content.ContentTestData.replace;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** The facts the item feature publishes on content.item.v1, keyed by the item's id, in the order of the changes. */
@QuarkusTest
@WithPlatformInfrastructure
class ContentFactsTest {

    private static final List<String> PAYLOAD_FIELDS = List.of(
            "itemId",
            "kind",
            "status",
            "slug",
            "language",
            "title",
            "summary",
            "topics",
            "visibility",
            "seriesName",
            "seriesPart",
            "seriesOf",
            "closesAt",
            "publishedAt",
            "version",
            "translationOf");

    @Test
    void aDraftPublishesNothingAndAPublishedItemsChangesArePublishedInOrder() {
        Map<String, Object> body = article("facts");
        body.put("series", Map.of("name", "Facts series", "part", 2, "of", 3));
        String id = createItem(body);
        body.put("title", "Draft renamed");
        replace(id, body);
        moveTo(id, "IN_REVIEW", null);
        String publishedTag = moveTo(id, "PUBLISHED", null);
        // The same content again changes nothing, so publishes nothing
        replace(id, body);
        body.put("title", "Published and renamed");
        replace(id, body);
        moveTo(id, "DRAFT", null);
        // An unpublished item's edit publishes nothing; publishing it again, then archiving it, ends the story
        body.put("title", "Unpublished and renamed");
        replace(id, body);
        moveTo(id, "IN_REVIEW", null);
        moveTo(id, "PUBLISHED", null);
        moveTo(id, "ARCHIVED", null);

        List<ConsumerRecord<String, String>> facts = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(), ITEM_TOPIC, r -> id.equals(r.key()), 5, Duration.ofSeconds(20));
        assertThat(facts)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        ItemEvents.CONTENT_PUBLISHED,
                        ItemEvents.CONTENT_UPDATED,
                        ItemEvents.CONTENT_UNPUBLISHED,
                        ItemEvents.CONTENT_PUBLISHED,
                        ItemEvents.CONTENT_UNPUBLISHED);
        assertThat(facts).allSatisfy(fact -> {
            // A field with no value (closesAt: an article does not close; translationOf: an original) is left out
            assertThat(JsonPath.from(fact.value()).getMap("$").keySet())
                    .containsExactlyInAnyOrderElementsOf(PAYLOAD_FIELDS.stream()
                            .filter(f -> !f.equals("closesAt") && !f.equals("translationOf"))
                            .toList());
            assertThat(fact.value()).doesNotContain("Alex Morgan", "Lessons");
            assertThat(KafkaTestClient.header(fact, "ce_source")).isEqualTo("/content-service");
        });

        JsonPath published = JsonPath.from(facts.get(0).value());
        assertThat(published.getString("itemId")).isEqualTo(id);
        assertThat(published.getString("kind")).isEqualTo("ARTICLE");
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("slug")).isEqualTo(body.get("slug"));
        assertThat(published.getString("language")).isEqualTo("en");
        assertThat(published.getString("title")).isEqualTo("Draft renamed");
        assertThat(published.getList("topics")).containsExactly("winter-pressures");
        assertThat(published.getString("visibility")).isEqualTo("PUBLIC");
        assertThat(published.getString("seriesName")).isEqualTo("Facts series");
        assertThat(published.getInt("seriesPart")).isEqualTo(2);
        assertThat(published.getInt("seriesOf")).isEqualTo(3);
        assertThat(published.getString("publishedAt")).isNotNull();
        assertThat("\"" + published.getLong("version") + "\"").isEqualTo(publishedTag);

        assertThat(JsonPath.from(facts.get(1).value()).getString("title")).isEqualTo("Published and renamed");
        assertThat(JsonPath.from(facts.get(2).value()).getString("status")).isEqualTo("DRAFT");
        assertThat(JsonPath.from(facts.get(3).value()).getString("title")).isEqualTo("Unpublished and renamed");
        assertThat(JsonPath.from(facts.get(4).value()).getString("status")).isEqualTo("ARCHIVED");
        assertThat(facts.stream()
                        .map(r -> JsonPath.from(r.value()).getLong("version"))
                        .toList())
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void aPublishedTranslationsFactNamesItsOriginal() {
        String original = createItem(article("facts-original"));
        Map<String, Object> french = article("facts-traduction");
        french.put("language", "fr");
        String translation = createTranslation(original, french);
        publish(translation);

        ConsumerRecord<String, String> fact = KafkaTestClient.awaitRecords(
                        KafkaTestResource.bootstrapServers(),
                        ITEM_TOPIC,
                        r -> translation.equals(r.key()),
                        1,
                        Duration.ofSeconds(20))
                .getFirst();
        assertThat(KafkaTestClient.header(fact, "ce_type")).isEqualTo(ItemEvents.CONTENT_PUBLISHED);
        assertThat(JsonPath.from(fact.value()).getString("translationOf")).isEqualTo(original);
        assertThat(JsonPath.from(fact.value()).getString("language")).isEqualTo("fr");
    }
}
