package org.proud2bops.content;

import static java.util.Map.entry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;
import org.proud2bops.platform.testing.authorization.AuthorizationMatrix;
import org.proud2bops.platform.testing.authorization.CallerKind;

/**
 * Every operation of the content API called as every kind of caller, against the table in
 * {@code authorization-matrix.csv}. Content knows nothing of membership states: a person's rights here come from
 * their token's roles only, and no operation gives the {@code member} role anything a visitor does not have.
 */
@QuarkusTest
@WithPlatformInfrastructure
class AuthorizationMatrixTest {

    @Test
    void everyOperationAnswersEveryKindOfCallerAsTheTableSays() {
        AuthorizationMatrix.verify(
                "authorization-matrix.csv",
                Map.ofEntries(
                        entry("listTopics", c -> as(c).get("/api/content/topics")),
                        entry("getTopic", c -> as(c).get("/api/content/topics/{slug}", "patient-flow")),
                        entry(
                                "addTopic",
                                c -> as(c).body(topic(ContentTestData.unique("matrix")))
                                        .post("/api/content/topics")),
                        entry("rewordTopic", c -> {
                            String slug = ContentTestData.unique("matrix");
                            as(CallerKind.CONTENT_EDITOR)
                                    .body(topic(slug))
                                    .post("/api/content/topics")
                                    .then()
                                    .statusCode(201);
                            return as(c).header("If-Match", "\"0\"")
                                    .body(topic(slug))
                                    .put("/api/content/topics/{slug}", slug);
                        })));
    }

    private static RequestSpecification as(CallerKind caller) {
        return caller == CallerKind.ANONYMOUS
                ? ContentTestData.anonymous()
                : ContentTestData.as(caller.token("matrix-" + caller.column()).bearer());
    }

    private static Map<String, Object> topic(String slug) {
        return ContentTestData.topic(slug, "Topic " + slug);
    }
}
