package org.proud2bops.content.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.content.ContentTestData.ITEM;
import static org.proud2bops.content.ContentTestData.ITEMS;
import static org.proud2bops.content.ContentTestData.PUBLICATION;
import static org.proud2bops.content.ContentTestData.PUBLICATIONS;
import static org.proud2bops.content.ContentTestData.TRANSITIONS;
import static org.proud2bops.content.ContentTestData.activeMember;
import static org.proud2bops.content.ContentTestData.anonymous;
import static org.proud2bops.content.ContentTestData.applyMemberFact;
import static org.proud2bops.content.ContentTestData.articleBy;
import static org.proud2bops.content.ContentTestData.asContentEditor;
import static org.proud2bops.content.ContentTestData.createItem;
import static org.proud2bops.content.ContentTestData.etagOf;
import static org.proud2bops.content.ContentTestData.member;
import static org.proud2bops.content.ContentTestData.moveTo;
import static org.proud2bops.content.ContentTestData.publicationsListed;
import static org.proud2bops.content.ContentTestData.publishedItem;
import static org.proud2bops.content.ContentTestData.rename;
import static org.proud2bops.content.ContentTestData.revisionsOf;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.content.ContentTestData;
import org.proud2bops.content.ContentTestData.Person;
import org.proud2bops.content.publication.PublicationResponse;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.PersonalDataSweep;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * Members as authors (from the members projection): their lines follow name changes and erasure, an active member
 * drafts their own items, members-only items need an active membership, and the read API lists an author's items.
 */
@QuarkusTest
@WithPlatformInfrastructure
class MemberAuthorsApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anEditorNamesMembersAsAuthorsBeforeTheGuests() {
        Person first = activeMember();
        Person second = member("LAPSED");

        ItemResponse item = asContentEditor()
                .body(articleBy("member-authors", first, second))
                .post(ITEMS)
                .then()
                .statusCode(201)
                .extract()
                .as(ItemResponse.class);

        assertThat(item.memberAuthors())
                .containsExactly(
                        new MemberAuthorResponse(first.memberId(), first.name(), false),
                        new MemberAuthorResponse(second.memberId(), second.name(), false));
        assertThat(item.authors()).extracting(GuestAuthor::name).containsExactly("Alex Morgan");
        assertThat(revisionsOf(item.id().toString())
                        .getFirst()
                        .snapshot()
                        .content()
                        .memberAuthors())
                .containsExactly(first.memberId(), second.memberId());
    }

    @Test
    void anUnknownOrRepeatedMemberAuthorIsRefusedAndChangesNothing() {
        Person known = activeMember();
        Map<String, Object> body = articleBy("unknown-author", known);
        body.put("memberAuthors", List.of(known.memberId(), UUID.randomUUID()));
        asContentEditor()
                .body(body)
                .post(ITEMS)
                .then()
                .spec(problem(ProblemType.UNKNOWN_REFERENCE))
                .body("field", equalTo("memberAuthors[1]"));

        body.put("memberAuthors", List.of(known.memberId(), known.memberId()));
        asContentEditor()
                .body(body)
                .post(ITEMS)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("memberAuthors"));
        assertThat(publicationsListed(anonymous().queryParam("author", known.memberId())))
                .isEmpty();
        String itemId = createItem(articleBy("unknown-author", known));
        String etag = etagOf(itemId);
        body.put("memberAuthors", List.of(UUID.randomUUID()));
        asContentEditor()
                .header("If-Match", etag)
                .body(body)
                .put(ITEM, itemId)
                .then()
                .spec(problem(ProblemType.UNKNOWN_REFERENCE))
                .body("field", equalTo("memberAuthors[0]"));
        assertThat(etagOf(itemId)).isEqualTo(etag);
    }

    @Test
    void authorLinesFollowNameChangesAndTheItemsTagsChangeWithThem() {
        Person author = activeMember();
        Map<String, Object> body = articleBy("renamed-author", author);
        String itemId = publishedItem(body);
        String slug = (String) body.get("slug");
        String itemTag = etagOf(itemId);
        String publicationTag = anonymous()
                .get(PUBLICATION, slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String listTag = anonymous()
                .queryParam("author", author.memberId())
                .get(PUBLICATIONS)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        rename(author, "Priya Shah-Okafor", 2);

        assertThat(etagOf(itemId)).isNotEqualTo(itemTag);
        anonymous()
                .header("If-None-Match", publicationTag)
                .get(PUBLICATION, slug)
                .then()
                .statusCode(200)
                .body("memberAuthors[0].name", equalTo("Priya Shah-Okafor"));
        anonymous()
                .header("If-None-Match", listTag)
                .queryParam("author", author.memberId())
                .get(PUBLICATIONS)
                .then()
                .statusCode(200)
                .body("items[0].memberAuthors[0].name", equalTo("Priya Shah-Okafor"));
        assertThat(asContentEditor().get(ITEM, itemId).as(ItemResponse.class).memberAuthors())
                .extracting(MemberAuthorResponse::name)
                .containsExactly("Priya Shah-Okafor");
    }

    @Test
    void publishedItemsAreFilteredByMemberAuthor() {
        Person author = activeMember();
        Person coAuthor = activeMember();
        String solo = publishedItem(articleBy("by-author", author));
        String joint = publishedItem(articleBy("by-authors", coAuthor, author));
        publishedItem(articleBy("by-someone-else", coAuthor));
        createItem(articleBy("draft-by-author", author));

        assertThat(publicationsListed(anonymous().queryParam("author", author.memberId())))
                .extracting(summary -> summary.id().toString())
                .containsExactly(joint, solo);
        anonymous()
                .queryParam("author", "not-a-member-id")
                .get(PUBLICATIONS)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
    }

    @Test
    void anActiveMemberDraftsTheirOwnItemAndSendsItToReview() {
        Person author = activeMember();
        RequestSpecification asAuthor = author.asThem();
        Map<String, Object> body = articleBy("drafted-by-member", author);
        ItemResponse draft =
                asAuthor.body(body).post(ITEMS).then().statusCode(201).extract().as(ItemResponse.class);
        String itemId = draft.id().toString();
        assertThat(draft.status()).isEqualTo(ItemStatus.DRAFT);

        String etag = author.asThem()
                .get(ITEM, itemId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        body.put("title", "Retitled by its author");
        etag = author.asThem()
                .header("If-Match", etag)
                .body(body)
                .put(ITEM, itemId)
                .then()
                .statusCode(200)
                .body("title", equalTo("Retitled by its author"))
                .extract()
                .header("ETag");
        // They cannot publish it themselves, only send it to review
        author.asThem()
                .header("If-Match", etag)
                .body(Map.of("to", "PUBLISHED"))
                .post(TRANSITIONS, itemId)
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        etag = author.asThem()
                .header("If-Match", etag)
                .body(Map.of("to", "IN_REVIEW"))
                .post(TRANSITIONS, itemId)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .extract()
                .header("ETag");
        // In review, it is the editors' to change
        author.asThem()
                .header("If-Match", etag)
                .body(body)
                .put(ITEM, itemId)
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        assertThat(revisionsOf(itemId))
                .extracting(revision -> revision.editor())
                .containsOnly(author.subject());
        moveTo(itemId, "PUBLISHED", null);
        author.asThem().get(ITEM, itemId).then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aMemberCannotDraftForOthersOrTouchTheirItems() {
        Person author = activeMember();
        Person other = activeMember();
        String othersItem = createItem(articleBy("someone-elses", other));

        author.asThem()
                .body(articleBy("for-someone-else", other))
                .post(ITEMS)
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        author.asThem().get(ITEM, othersItem).then().spec(problem(ProblemType.NOT_FOUND));
        author.asThem()
                .header("If-Match", etagOf(othersItem))
                .body(articleBy("taken-over", author))
                .put(ITEM, othersItem)
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        // An author cannot take themself off their own draft either
        String ownItem = author.asThem()
                .body(articleBy("own", author))
                .post(ITEMS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        author.asThem()
                .header("If-Match", etagOf(ownItem))
                .body(articleBy("own-given-away", other))
                .put(ITEM, ownItem)
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        asContentEditor()
                .get(ITEM, ownItem)
                .then()
                .body("memberAuthors[0].memberId", equalTo(author.memberId().toString()));
    }

    @ParameterizedTest(name = "a member whose membership is {0} neither drafts nor reads members-only items")
    @CsvSource({"APPLIED", "DECLINED", "LAPSED", "SUSPENDED", "LEFT"})
    void onlyAnActiveMembershipDraftsAndReadsMembersOnlyItems(String status) {
        Person person = member(status);
        Map<String, Object> membersOnly = articleBy("members-only-" + status.toLowerCase(), activeMember());
        membersOnly.put("visibility", "MEMBERS_ONLY");
        membersOnly.put("series", Map.of("name", "Series " + UUID.randomUUID(), "part", 1, "of", 1));
        publishedItem(membersOnly);

        person.asThem()
                .get(PUBLICATION, membersOnly.get("slug"))
                .then()
                .spec(problem(ProblemType.FORBIDDEN))
                .body("detail", org.hamcrest.Matchers.containsString(status));
        assertThat(publicationsListed(
                        person.asThem().queryParam("series", ((Map<?, ?>) membersOnly.get("series")).get("name"))))
                .isEmpty();
        person.asThem().body(articleBy("not-active", person)).post(ITEMS).then().spec(problem(ProblemType.FORBIDDEN));
    }

    @Test
    void aMembershipThatLapsesStopsMembersOnlyReadingAndReactivationRestoresIt() {
        Person person = activeMember();
        Map<String, Object> membersOnly = ContentTestData.article("lapsing");
        membersOnly.put("visibility", "MEMBERS_ONLY");
        publishedItem(membersOnly);
        person.asThem().get(PUBLICATION, membersOnly.get("slug")).then().statusCode(200);

        statusChanged(person, "LAPSED", 2);
        person.asThem().get(PUBLICATION, membersOnly.get("slug")).then().spec(problem(ProblemType.FORBIDDEN));
        statusChanged(person, "ACTIVE", 3);
        person.asThem().get(PUBLICATION, membersOnly.get("slug")).then().statusCode(200);
    }

    @Test
    void anErasedMemberLeavesAFormerMembersLineAndNoPersonalData() throws SQLException {
        Person author = activeMember();
        Person coAuthor = activeMember();
        // They drafted it themselves (their subject is on its revisions), with an Idempotency-Key (a stored response)
        String itemId = author.asThem()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(articleBy("erased-author", author, coAuthor))
                .post(ITEMS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        rename(author, "Erin Erasure-" + author.memberId().toString().substring(0, 8), 2);
        moveTo(itemId, "IN_REVIEW", null);
        moveTo(itemId, "PUBLISHED", null);
        String slug = asContentEditor().get(ITEM, itemId).then().extract().path("slug");
        List<String> personalData = List.of(
                author.name(), "Erin Erasure-" + author.memberId().toString().substring(0, 8), author.subject());
        assertThat(mentionsAnywhere(personalData)).isNotEmpty();

        applyMemberFact("MemberErased", """
                {"memberId":"%s","erasedAt":"2026-11-22T10:00:00Z","version":9}""".formatted(author.memberId()));

        assertThat(mentionsAnywhere(personalData)).isEmpty();
        PublicationResponse published = anonymous()
                .get(PUBLICATION, slug)
                .then()
                .statusCode(200)
                .extract()
                .as(PublicationResponse.class);
        assertThat(published.memberAuthors())
                .containsExactly(
                        new MemberAuthorResponse(null, "Former member", true),
                        new MemberAuthorResponse(coAuthor.memberId(), coAuthor.name(), false));
        assertThat(publicationsListed(anonymous().queryParam("author", author.memberId())))
                .isEmpty();
        assertThat(publicationsListed(anonymous().queryParam("author", coAuthor.memberId())))
                .extracting(summary -> summary.id().toString())
                .containsExactly(itemId);
        // Editors keep the id (an anonymous key now), so an edit keeps the line; the signed-in author is gone
        assertThat(asContentEditor()
                        .get(ITEM, itemId)
                        .as(ItemResponse.class)
                        .memberAuthors()
                        .getFirst())
                .isEqualTo(new MemberAuthorResponse(author.memberId(), "Former member", true));
        assertThat(revisionsOf(itemId))
                .extracting(revision -> revision.editor())
                .contains("former-member");
        author.asThem().get(ITEM, itemId).then().spec(problem(ProblemType.FORBIDDEN));
    }

    private static void statusChanged(Person person, String status, long version) {
        applyMemberFact("MemberStatusChanged", """
                {"memberId":"%s","fromStatus":"ACTIVE","toStatus":"%s","version":%d}""".formatted(person.memberId(), status, version));
    }

    /** Where, in any table of the content database, one of the texts still stands. */
    private Map<String, Long> mentionsAnywhere(List<String> texts) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(PersonalDataSweep.sweptColumnCount(connection)).isGreaterThan(10);
            return PersonalDataSweep.mentions(connection, texts);
        }
    }
}
