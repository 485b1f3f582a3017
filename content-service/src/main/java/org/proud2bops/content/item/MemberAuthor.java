package org.proud2bops.content.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * A member named as an item's author: their id, and the display name printed, kept in step with the members
 * projection by {@link AuthorLines}. Once the member is erased the line is a former member's: "Former member".
 */
@Embeddable
public class MemberAuthor {

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "display_name", nullable = false)
    public String name;

    /** The member was erased: the line says "Former member" and shows no id publicly. */
    @Column(nullable = false)
    public boolean former;

    protected MemberAuthor() {}

    MemberAuthor(UUID memberId, String name, boolean former) {
        this.memberId = memberId;
        this.name = name;
        this.former = former;
    }
}
