package org.proud2bops.content.item;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContentMemberAuthor",
        requiredProperties = {"name", "former"},
        description = "A member named as an author, under the name the members service has for them now")
public record MemberAuthorResponse(
        @Schema(description = "The member's id; absent in the public read API once the member was erased")
        UUID memberId,

        @Schema(description = "Their display name; \"Former member\" once they were erased")
        String name,

        @Schema(description = "The member was erased: the line names no one")
        boolean former) {

    /** As editors and the author see it: with the member's id, which they send back to keep the line. */
    public static MemberAuthorResponse of(MemberAuthor author) {
        return new MemberAuthorResponse(author.memberId, author.name, author.former);
    }

    /** As the public sees it: a former member's line shows no id. */
    public static MemberAuthorResponse publicly(MemberAuthor author) {
        return new MemberAuthorResponse(author.former ? null : author.memberId, author.name, author.former);
    }
}
