package org.proud2bops.content;

import static java.util.Map.entry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;
import org.proud2bops.platform.testing.authorization.AuthorizationMatrix;
import org.proud2bops.platform.testing.authorization.CallerKind;

/**
 * Every operation of the content API called as every kind of caller, against the table in
 * {@code authorization-matrix.csv}. The people's membership states are the member profiles the members service's
 * facts would have left here (applied through the projection): members-only items and drafting one's own items need
 * an ACTIVE membership, so the applicant to left columns differ from the active member's.
 */
@QuarkusTest
@WithPlatformInfrastructure
class AuthorizationMatrixTest {

    @Test
    void everyOperationAnswersEveryKindOfCallerAsTheTableSays() {
        String membersOnly = membersOnlyItem();
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
                        }),
                        entry("listContentItems", c -> as(c).get(ContentTestData.ITEMS)),
                        entry("getContentItem", c -> as(c).get(ContentTestData.ITEM, anItem())),
                        // A person with a membership drafts an item naming themself (the member author rule);
                        // anyone else sends an editor's article
                        entry(
                                "createContentItem",
                                c -> as(c).body(
                                                c.isPersonWithRecord()
                                                        ? ContentTestData.articleBy("matrix", person(c))
                                                        : ContentTestData.article("matrix"))
                                        .post(ContentTestData.ITEMS)),
                        entry("createContentItemTranslation", c -> {
                            Map<String, Object> translation = ContentTestData.article("matrix");
                            translation.put("language", "fr");
                            return as(c).body(translation).post(ContentTestData.TRANSLATIONS, anItem());
                        }),
                        entry(
                                "updateContentItem",
                                c -> as(c).header("If-Match", "\"0\"")
                                        .body(ContentTestData.article("matrix"))
                                        .put(ContentTestData.ITEM, anItem())),
                        entry(
                                "transitionContentItem",
                                c -> as(c).header("If-Match", "\"0\"")
                                        .body(Map.of("to", "IN_REVIEW"))
                                        .post(ContentTestData.TRANSITIONS, anItem())),
                        entry("listContentItemRevisions", c -> as(c).get(ContentTestData.REVISIONS, anItem())),
                        entry("getContentItemRevision", c -> as(c).get(ContentTestData.REVISION, anItem(), 1)),
                        entry(
                                "restoreContentItemRevision",
                                c -> as(c).header("If-Match", "\"0\"").post(ContentTestData.RESTORE, anItem(), 1)),
                        entry("listPublications", c -> as(c).get(ContentTestData.PUBLICATIONS)),
                        entry("getPublication", c -> as(c).get(ContentTestData.PUBLICATION, membersOnly)),
                        entry("getRssFeed", c -> as(c).get(ContentTestData.RSS_FEED)),
                        entry("getAtomFeed", c -> as(c).get(ContentTestData.ATOM_FEED)),
                        entry("getContentItemViews", c -> as(c).get(ContentTestData.ITEM_VIEWS, anItem())),
                        entry("listMostReadItems", c -> as(c).get(ContentTestData.MOST_READ))));
    }

    /** A published members-only item's slug. */
    private static String membersOnlyItem() {
        Map<String, Object> body = ContentTestData.article("matrix-members-only");
        body.put("visibility", "MEMBERS_ONLY");
        ContentTestData.publishedItem(body);
        return (String) body.get("slug");
    }

    /** A new draft written by another editor, so an update based on version 0 is current. */
    private static String anItem() {
        return ContentTestData.createItem(ContentTestData.article("matrix"));
    }

    /** Each kind of person's member profile, made once: active for the member and the lead, else their state. */
    private static final Map<CallerKind, ContentTestData.Person> PEOPLE = new EnumMap<>(CallerKind.class);

    private static ContentTestData.Person person(CallerKind kind) {
        return PEOPLE.computeIfAbsent(
                kind,
                k -> ContentTestData.member(
                        switch (k) {
                            case MEMBER, OTHER_NETWORK_LEAD -> "ACTIVE";
                            case APPLICANT -> "APPLIED";
                            default -> k.name();
                        }));
    }

    private static RequestSpecification as(CallerKind caller) {
        if (caller == CallerKind.ANONYMOUS) {
            return ContentTestData.anonymous();
        }
        String subject = caller.isPersonWithRecord() ? person(caller).subject() : "matrix-" + caller.column();
        return ContentTestData.as(caller.token(subject).bearer());
    }

    private static Map<String, Object> topic(String slug) {
        return ContentTestData.topic(slug, "Topic " + slug);
    }
}
