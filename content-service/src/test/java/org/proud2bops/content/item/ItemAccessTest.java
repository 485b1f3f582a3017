package org.proud2bops.content.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.content.ContentTestData;

class ItemAccessTest {

    private final ItemAccess access = new ItemAccess();

    @ParameterizedTest(name = "{0} reads a {1} item: {2}")
    @CsvSource({
        "anonymous,       PUBLIC,       true",
        "anonymous,       MEMBERS_ONLY, false",
        "member,          PUBLIC,       true",
        "member,          MEMBERS_ONLY, true",
        "events admin,    PUBLIC,       true",
        "events admin,    MEMBERS_ONLY, false",
        "regional client, PUBLIC,       true",
        "regional client, MEMBERS_ONLY, false",
        "content editor,  PUBLIC,       true",
        "content editor,  MEMBERS_ONLY, true",
        "admin,           PUBLIC,       true",
        "admin,           MEMBERS_ONLY, true",
    })
    void membersOnlyItemsAreForMembersAndEditors(String who, Visibility visibility, boolean reads) {
        assertThat(access.mayRead(ContentTestData.callerOfKind(who), visibility))
                .isEqualTo(reads);
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
}
