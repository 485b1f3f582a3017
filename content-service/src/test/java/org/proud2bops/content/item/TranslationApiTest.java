package org.proud2bops.content.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.content.ContentTestData.ITEM;
import static org.proud2bops.content.ContentTestData.TRANSLATIONS;
import static org.proud2bops.content.ContentTestData.article;
import static org.proud2bops.content.ContentTestData.asContentEditor;
import static org.proud2bops.content.ContentTestData.createItem;
import static org.proud2bops.content.ContentTestData.createTranslation;
import static org.proud2bops.content.ContentTestData.etagOf;
import static org.proud2bops.content.ContentTestData.tryToReplace;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class TranslationApiTest {

    private static Map<String, Object> in(String language, String slugPrefix) {
        Map<String, Object> body = article(slugPrefix);
        body.put("language", language);
        return body;
    }

    private static ItemResponse read(String itemId) {
        return asContentEditor()
                .get(ITEM, itemId)
                .then()
                .statusCode(200)
                .extract()
                .as(ItemResponse.class);
    }

    @Test
    void aTranslationIsADraftLinkedToItsOriginal() {
        String original = createItem(article("original"));

        var created = asContentEditor()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(in("zh-hans", "translated"))
                .post(TRANSLATIONS, original)
                .then()
                .statusCode(201)
                .extract();
        ItemResponse translation = created.as(ItemResponse.class);
        assertThat(created.header("Location")).endsWith("/api/content/items/" + translation.id());
        assertThat(translation.translationOf().toString()).isEqualTo(original);
        assertThat(translation.language()).isEqualTo("zh-Hans");
        assertThat(translation.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(read(original).translationOf()).isNull();

        // A translation of a translation joins the same family: linked to the original
        String french = createTranslation(translation.id().toString(), in("fr", "traduit"));
        assertThat(read(french).translationOf().toString()).isEqualTo(original);
    }

    @Test
    void oneItemPerLanguagePerFamily() {
        String original = createItem(article("one-per-language"));
        String german = createTranslation(original, in("de", "uebersetzt"));

        asContentEditor()
                .body(in("de", "noch-einmal"))
                .post(TRANSLATIONS, original)
                .then()
                .spec(problem(ProblemType.TRANSLATION_EXISTS))
                .body("field", equalTo("language"));
        asContentEditor()
                .body(in("en", "english-again"))
                .post(TRANSLATIONS, german)
                .then()
                .spec(problem(ProblemType.TRANSLATION_EXISTS))
                .body("field", equalTo("language"));
        // Nor may a translation be changed into its original's language
        Map<String, Object> changed = in("en", "now-english");
        tryToReplace(german, etagOf(german), changed)
                .spec(problem(ProblemType.TRANSLATION_EXISTS))
                .body("field", equalTo("language"));
        assertThat(read(german).language()).isEqualTo("de");
        // Another variant of a language is another language
        assertThat(read(createTranslation(original, in("en-GB", "british"))).language())
                .isEqualTo("en-GB");
    }

    @Test
    void aTranslationFollowsTheRulesOfWritingAnItem() {
        String original = createItem(article("rules"));
        Map<String, Object> taken = in("es", "taken");
        createItem(taken);

        asContentEditor()
                .body(taken)
                .post(TRANSLATIONS, original)
                .then()
                .spec(problem(ProblemType.ALREADY_EXISTS))
                .body("field", equalTo("slug"));
        asContentEditor()
                .body(in("not a tag!", "bad-language"))
                .post(TRANSLATIONS, original)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("language"));
        asContentEditor()
                .body(in("it", "no-original"))
                .post(TRANSLATIONS, UUID.randomUUID())
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        // None of them was written: Italian and Spanish are still free in the family
        createTranslation(original, in("es", "libre"));
        createTranslation(original, in("it", "libero"));
    }
}
