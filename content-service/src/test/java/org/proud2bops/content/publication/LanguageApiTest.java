package org.proud2bops.content.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.content.ContentTestData.PUBLICATION;
import static org.proud2bops.content.ContentTestData.PUBLICATIONS;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.createTranslation;
import static org.proud2bops.content.ContentTestData.publish;
import static org.proud2bops.content.ContentTestData.publishedItem;
import static org.proud2bops.content.ContentTestData.unique;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.content.ContentTestData;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class LanguageApiTest {

    /** An English original and its published Chinese translation (its own slug), plus a French draft translation. */
    private record Family(String originalId, String englishSlug, String chineseId, String chineseSlug, String series) {}

    private static Family family() {
        String series = unique("Abstracts");
        Map<String, Object> english = article("abstract");
        english.put("kind", "CONFERENCE_ABSTRACT");
        english.put("series", Map.of("name", series, "part", 1, "of", 1));
        String originalId = publishedItem(english);
        Map<String, Object> chinese = new java.util.HashMap<>(english);
        chinese.put("language", "zh-Hans");
        chinese.put("slug", unique("abstract-zh"));
        chinese.put("title", "运营管理摘要");
        String chineseId = createTranslation(originalId, chinese);
        publish(chineseId);
        Map<String, Object> french = new java.util.HashMap<>(english);
        french.put("language", "fr");
        french.put("slug", unique("resume"));
        createTranslation(originalId, french);
        return new Family(originalId, (String) english.get("slug"), chineseId, (String) chinese.get("slug"), series);
    }

    private static ExtractableResponse<Response> read(RequestSpecification request, String slug) {
        return request.get(PUBLICATION, slug).then().statusCode(200).extract();
    }

    private static RequestSpecification accepting(String acceptLanguage) {
        return anonymous().header("Accept-Language", acceptLanguage);
    }

    @Test
    void theReaderGetsTheLanguageTheyPreferByQualityValues() {
        Family family = family();

        var chinese = read(accepting("fr;q=0.9, zh-CN;q=0.8, zh;q=0.7, en;q=0.1"), family.englishSlug());
        assertThat(chinese.header("Content-Language")).isEqualTo("zh-Hans");
        assertThat(chinese.header("Vary")).contains("Accept-Language");
        PublicationResponse served = chinese.as(PublicationResponse.class);
        assertThat(served.id().toString()).isEqualTo(family.chineseId());
        assertThat(served.title()).isEqualTo("运营管理摘要");
        assertThat(served.fallback()).isFalse();
        assertThat(served.requestedLanguage()).isEqualTo("fr");
        assertThat(served.translationOf().toString()).isEqualTo(family.originalId());
        // The draft French translation is no candidate; the English original is the other language
        assertThat(served.translations()).containsExactly(new PublicationTranslation("en", family.englishSlug()));

        // The order of the ranges does not matter, their weights do
        assertThat(read(accepting("en;q=0.5, zh-Hans-CN;q=0.9"), family.englishSlug())
                        .header("Content-Language"))
                .isEqualTo("zh-Hans");
        assertThat(read(accepting("zh;q=0, en"), family.chineseSlug()).header("Content-Language"))
                .isEqualTo("en");
        // The translation's own slug without a preference is the translation
        assertThat(read(anonymous(), family.chineseSlug()).header("Content-Language"))
                .isEqualTo("zh-Hans");
    }

    @Test
    void aLanguageNotThereFallsBackToTheOriginalAndSaysSo() {
        Family family = family();

        var french =
                read(anonymous().queryParam("language", "FR").header("Accept-Language", "zh"), family.chineseSlug());
        assertThat(french.header("Content-Language")).isEqualTo("en");
        PublicationResponse served = french.as(PublicationResponse.class);
        assertThat(served.id().toString()).isEqualTo(family.originalId());
        assertThat(served.language()).isEqualTo("en");
        assertThat(served.requestedLanguage()).isEqualTo("fr");
        assertThat(served.fallback()).isTrue();
        assertThat(served.translations()).containsExactly(new PublicationTranslation("zh-Hans", family.chineseSlug()));

        // The parameter wins over the header
        assertThat(read(anonymous().queryParam("language", "zh").header("Accept-Language", "en"), family.englishSlug())
                        .header("Content-Language"))
                .isEqualTo("zh-Hans");
        // A malformed header is ignored; a malformed parameter is refused
        PublicationResponse unasked =
                read(accepting("%%%;q=x"), family.englishSlug()).as(PublicationResponse.class);
        assertThat(unasked.language()).isEqualTo("en");
        assertThat(unasked.requestedLanguage()).isNull();
        assertThat(unasked.fallback()).isFalse();
        anonymous()
                .queryParam("language", "not a tag!")
                .get(PUBLICATION, family.englishSlug())
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("language"));
    }

    @Test
    void eachLanguageHasItsOwnETag() {
        Family family = family();
        String chineseTag = read(accepting("zh"), family.englishSlug()).header("ETag");
        String englishTag = read(accepting("en"), family.englishSlug()).header("ETag");
        assertThat(chineseTag).isNotEqualTo(englishTag);

        accepting("zh")
                .header("If-None-Match", chineseTag)
                .get(PUBLICATION, family.englishSlug())
                .then()
                .statusCode(304)
                .header("Content-Language", "zh-Hans");
        accepting("en")
                .header("If-None-Match", chineseTag)
                .get(PUBLICATION, family.englishSlug())
                .then()
                .statusCode(200)
                .body("language", equalTo("en"));

        // A newly published translation is a new language on the original's page: a new tag
        Map<String, Object> welsh = article("cyfieithiad");
        welsh.put("language", "cy");
        publish(createTranslation(family.originalId(), welsh));
        accepting("en")
                .header("If-None-Match", englishTag)
                .get(PUBLICATION, family.englishSlug())
                .then()
                .statusCode(200)
                .body("translations.language", equalTo(List.of("cy", "zh-Hans")));
    }

    @Test
    void aListIsAskedForOneLanguageAndItsSubtags() {
        Family family = family();

        List<String> chinese = anonymous()
                .queryParam("series", family.series())
                .queryParam("language", "zh")
                .get(PUBLICATIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.slug");
        assertThat(chinese).containsExactly(family.chineseSlug());
        assertThat(anonymous()
                        .queryParam("series", family.series())
                        .queryParam("language", "en")
                        .get(PUBLICATIONS)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.slug", String.class))
                .containsExactly(family.englishSlug());
    }

    @Test
    void aMembersOnlyTranslationIsNoCandidateForOthers() {
        Map<String, Object> english = article("members-family");
        String originalId = publishedItem(english);
        Map<String, Object> chinese = article("members-family-zh");
        chinese.put("language", "zh-Hans");
        chinese.put("visibility", "MEMBERS_ONLY");
        publish(createTranslation(originalId, chinese));

        PublicationResponse anonymousRead =
                read(accepting("zh"), (String) english.get("slug")).as(PublicationResponse.class);
        assertThat(anonymousRead.language()).isEqualTo("en");
        assertThat(anonymousRead.fallback()).isTrue();
        // Nor is it named among the family's languages to someone who may not read it
        assertThat(anonymousRead.translations()).isEmpty();
        PublicationResponse memberRead = read(
                        ContentTestData.activeMember().asThem().header("Accept-Language", "en"),
                        (String) english.get("slug"))
                .as(PublicationResponse.class);
        assertThat(memberRead.translations()).hasSize(1);
        assertThat(read(ContentTestData.activeMember().asThem().header("Accept-Language", "zh"), (String)
                                english.get("slug"))
                        .header("Content-Language"))
                .isEqualTo("zh-Hans");
        // Asked for by its own slug, it is refused as before
        anonymous().get(PUBLICATION, chinese.get("slug")).then().statusCode(401);
    }
}
