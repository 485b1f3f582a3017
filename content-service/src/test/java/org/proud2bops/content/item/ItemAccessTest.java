package org.proud2bops.content.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.content.ContentTestData;
import org.proud2bops.content.item.ItemAccess.Outcome;
import org.proud2bops.content.memberprofile.MemberProfile;
import org.proud2bops.content.memberprofile.MemberStatus;
import org.proud2bops.platform.security.Caller;

class ItemAccessTest {

    private static final UUID SELF = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID SOMEONE_ELSE = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private final ItemAccess access = new ItemAccess();

    @ParameterizedTest(name = "{0} ({1}) reads a {2} item: {3}")
    @CsvSource({
        "anonymous,       NONE,      PUBLIC,       true",
        "anonymous,       NONE,      MEMBERS_ONLY, false",
        "member,          ACTIVE,    PUBLIC,       true",
        "member,          ACTIVE,    MEMBERS_ONLY, true",
        "member,          APPLIED,   MEMBERS_ONLY, false",
        "member,          DECLINED,  MEMBERS_ONLY, false",
        "member,          LAPSED,    MEMBERS_ONLY, false",
        "member,          LAPSED,    PUBLIC,       true",
        "member,          SUSPENDED, MEMBERS_ONLY, false",
        "member,          LEFT,      MEMBERS_ONLY, false",
        "member,          ERASED,    MEMBERS_ONLY, false",
        "member,          NONE,      MEMBERS_ONLY, false",
        "events admin,    NONE,      PUBLIC,       true",
        "events admin,    NONE,      MEMBERS_ONLY, false",
        "events admin,    ACTIVE,    MEMBERS_ONLY, false",
        "regional client, NONE,      PUBLIC,       true",
        "regional client, NONE,      MEMBERS_ONLY, false",
        "content editor,  NONE,      PUBLIC,       true",
        "content editor,  NONE,      MEMBERS_ONLY, true",
        "admin,           NONE,      PUBLIC,       true",
        "admin,           NONE,      MEMBERS_ONLY, true",
    })
    void membersOnlyItemsAreForActiveMembersAndEditors(
            String who, String membership, Visibility visibility, boolean reads) {
        Caller caller = ContentTestData.callerOfKind(who);
        MemberProfile self = profile(membership);
        assertThat(access.mayRead(caller, self, visibility)).isEqualTo(reads);
        assertThat(access.readsMembersOnly(caller, self))
                .isEqualTo(access.mayRead(caller, self, Visibility.MEMBERS_ONLY));
    }

    @ParameterizedTest(name = "a member whose membership is {0} is told so")
    @CsvSource({"APPLIED", "LAPSED", "SUSPENDED", "LEFT"})
    void aRefusedMemberIsToldTheirMembershipIsNotActive(String membership) {
        assertThat(access.membersOnlyRefusal(ContentTestData.callerOfKind("member"), profile(membership)))
                .contains("active members")
                .contains(membership);
    }

    @ParameterizedTest(name = "{0} edits content: {1}")
    @CsvSource({
        "anonymous,       false",
        "member,          false",
        "events admin,    false",
        "regional client, false",
        "content editor,  true",
        "admin,           true",
    })
    void contentEditorsAndAdminsEdit(String who, boolean edits) {
        assertThat(access.edits(ContentTestData.callerOfKind(who))).isEqualTo(edits);
    }

    @ParameterizedTest(name = "{0} ({1}) writes an item naming {2}: {3}")
    @CsvSource({
        "member,         ACTIVE,    self,          ALLOWED",
        "member,         ACTIVE,    self and other, ALLOWED",
        "member,         ACTIVE,    other,         FORBIDDEN",
        "member,         ACTIVE,    nobody,        FORBIDDEN",
        "member,         APPLIED,   self,          FORBIDDEN",
        "member,         LAPSED,    self,          FORBIDDEN",
        "member,         SUSPENDED, self,          FORBIDDEN",
        "member,         LEFT,      self,          FORBIDDEN",
        "member,         NONE,      self,          FORBIDDEN",
        "events admin,   ACTIVE,    self,          FORBIDDEN",
        "content editor, NONE,      nobody,        ALLOWED",
        "admin,          NONE,      other,         ALLOWED",
    })
    void membersDraftOnlyWhatTheyAuthor(String who, String membership, String named, Outcome outcome) {
        assertThat(access.toCreate(ContentTestData.callerOfKind(who), profile(membership), authors(named))
                        .outcome())
                .isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} ({1}) on an item by {2} in {3}: read {4}, change {5}, to review {6}, publish {7}")
    @CsvSource({
        // who,        membership, item by, status,     read,      change,    review,    publish
        "member,         ACTIVE,    self,  DRAFT,      ALLOWED,   ALLOWED,   ALLOWED,   FORBIDDEN",
        "member,         ACTIVE,    self,  IN_REVIEW,  ALLOWED,   FORBIDDEN, FORBIDDEN, FORBIDDEN",
        "member,         ACTIVE,    self,  PUBLISHED,  ALLOWED,   FORBIDDEN, FORBIDDEN, FORBIDDEN",
        "member,         ACTIVE,    other, DRAFT,      HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN",
        "member,         ACTIVE,    other, PUBLISHED,  HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN",
        "member,         LAPSED,    self,  DRAFT,      FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN",
        "member,         SUSPENDED, other, DRAFT,      FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN",
        "member,         APPLIED,   self,  DRAFT,      FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN",
        "member,         NONE,      other, DRAFT,      FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN",
        "events admin,   ACTIVE,    self,  DRAFT,      FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN",
        "content editor, NONE,      other, IN_REVIEW,  ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED",
        "admin,          NONE,      other, DRAFT,      ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED",
    })
    void anAuthorReadsTheirItemsAndChangesThemOnlyAsDrafts(
            String who,
            String membership,
            String by,
            ItemStatus status,
            Outcome read,
            Outcome change,
            Outcome review,
            Outcome publish) {
        Caller caller = ContentTestData.callerOfKind(who);
        MemberProfile self = profile(membership);
        ContentItem item = item(by, status);
        assertThat(access.toRead(caller, self, item).outcome()).isEqualTo(read);
        assertThat(access.toChange(caller, self, item, authors(by)).outcome()).isEqualTo(change);
        // "review" is the move an author makes: DRAFT → IN_REVIEW (an editor's review move from IN_REVIEW is onward)
        ItemStatus reviewTarget = status == ItemStatus.DRAFT ? ItemStatus.IN_REVIEW : ItemStatus.DRAFT;
        assertThat(access.toMove(caller, self, item, reviewTarget).outcome()).isEqualTo(review);
        assertThat(access.toMove(caller, self, item, ItemStatus.PUBLISHED).outcome())
                .isEqualTo(publish);
    }

    @ParameterizedTest(name = "an author changing their draft to name {0}: {1}")
    @CsvSource({"self, ALLOWED", "self and other, ALLOWED", "other, FORBIDDEN", "nobody, FORBIDDEN"})
    void anAuthorCannotTakeThemselfOffTheirDraft(String named, Outcome outcome) {
        assertThat(access.toChange(
                                ContentTestData.callerOfKind("member"),
                                profile("ACTIVE"),
                                item("self", ItemStatus.DRAFT),
                                authors(named))
                        .outcome())
                .isEqualTo(outcome);
    }

    private static List<UUID> authors(String named) {
        return switch (named) {
            case "self" -> List.of(SELF);
            case "other" -> List.of(SOMEONE_ELSE);
            case "self and other" -> List.of(SOMEONE_ELSE, SELF);
            case "nobody" -> List.of();
            default -> throw new IllegalArgumentException(named);
        };
    }

    /** The caller's profile (member id {@link #SELF}), or null for NONE. */
    private static MemberProfile profile(String membership) {
        if ("NONE".equals(membership)) {
            return null;
        }
        MemberProfile profile = new MemberProfile();
        profile.memberId = SELF;
        profile.displayName = "Priya Shah";
        profile.status = MemberStatus.valueOf(membership);
        profile.accountSubject = "a-member";
        profile.updatedAt = Instant.EPOCH;
        return profile;
    }

    private static ContentItem item(String by, ItemStatus status) {
        ContentItem item = new ContentItem();
        item.id = UUID.randomUUID();
        item.status = status;
        authors(by).forEach(id -> item.memberAuthors.add(new MemberAuthor(id, "Someone", false)));
        return item;
    }
}
