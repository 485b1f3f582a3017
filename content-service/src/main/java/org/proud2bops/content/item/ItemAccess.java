package org.proud2bops.content.item;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proud2bops.content.memberprofile.MemberProfile;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who does what with content items. Content editors and admins write items and move them through the workflow, and
 * see every item in every status. An active member (a caller with the {@code member} role whose profile, found by
 * their token's subject, is ACTIVE) may draft their own items: write one naming themself as a member author, read it,
 * change it while it is a DRAFT (still naming themself) and send it to review (DRAFT → IN_REVIEW); editors move it
 * further. Other items are hidden from them (404). A published item is read by anyone when PUBLIC; a MEMBERS_ONLY one
 * by an active member, and by editors and admins. {@code self} is always the caller's member profile, or null when
 * they have none (no member role, or no profile linked to their subject).
 */
@ApplicationScoped
public class ItemAccess {

    /** What may happen: go on, refuse (403, with why), or answer as if the item did not exist (404). */
    public enum Outcome {
        ALLOWED,
        FORBIDDEN,
        HIDDEN
    }

    public record Decision(Outcome outcome, String detail) {

        static final Decision ALLOW = new Decision(Outcome.ALLOWED, null);
        static final Decision HIDE = new Decision(Outcome.HIDDEN, null);

        static Decision forbid(String detail) {
            return new Decision(Outcome.FORBIDDEN, detail);
        }
    }

    public boolean edits(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Roles.CONTENT_EDITOR);
    }

    public boolean mayRead(Caller caller, MemberProfile self, Visibility visibility) {
        return visibility == Visibility.PUBLIC || readsMembersOnly(caller, self);
    }

    /** Whether lists show this caller MEMBERS_ONLY items beside the PUBLIC ones. */
    public boolean readsMembersOnly(Caller caller, MemberProfile self) {
        return edits(caller) || isActiveMember(caller, self);
    }

    /** Why this caller may not read members-only items (for the 401/403's detail). */
    public String membersOnlyRefusal(Caller caller, MemberProfile self) {
        if (!caller.hasRole(Roles.MEMBER)) {
            return "This item is for members only";
        }
        return "This item is for active members only; " + membershipOf(self);
    }

    /** Writing a new item: a member names themself among its member authors. */
    public Decision toCreate(Caller caller, MemberProfile self, List<UUID> memberAuthors) {
        if (edits(caller)) {
            return Decision.ALLOW;
        }
        if (!isActiveMember(caller, self)) {
            return Decision.forbid(notAnAuthor(self));
        }
        return memberAuthors.contains(self.memberId)
                ? Decision.ALLOW
                : Decision.forbid("A member writes only items that name them among the memberAuthors");
    }

    /** Reading an item in any status (the editors' view). */
    public Decision toRead(Caller caller, MemberProfile self, ContentItem item) {
        if (edits(caller)) {
            return Decision.ALLOW;
        }
        if (!isActiveMember(caller, self)) {
            return Decision.forbid(notAnAuthor(self));
        }
        return item.isWrittenBy(self.memberId) ? Decision.ALLOW : Decision.HIDE;
    }

    /** Replacing an item's content with details naming {@code memberAuthors}. */
    public Decision toChange(Caller caller, MemberProfile self, ContentItem item, List<UUID> memberAuthors) {
        Decision read = toRead(caller, self, item);
        if (edits(caller) || read.outcome() != Outcome.ALLOWED) {
            return read;
        }
        if (item.status != ItemStatus.DRAFT) {
            return Decision.forbid("An author changes their item only while it is a DRAFT; this one is " + item.status
                    + " and only content editors change it now");
        }
        return memberAuthors.contains(self.memberId)
                ? Decision.ALLOW
                : Decision.forbid("An author cannot take themself off their item's memberAuthors");
    }

    /** Moving an item in the workflow to {@code target}. */
    public Decision toMove(Caller caller, MemberProfile self, ContentItem item, ItemStatus target) {
        Decision read = toRead(caller, self, item);
        if (edits(caller) || read.outcome() != Outcome.ALLOWED) {
            return read;
        }
        return item.status == ItemStatus.DRAFT && target == ItemStatus.IN_REVIEW
                ? Decision.ALLOW
                : Decision.forbid(
                        "An author only sends their DRAFT to review (IN_REVIEW); content editors move it " + "further");
    }

    private static boolean isActiveMember(Caller caller, MemberProfile self) {
        return caller.hasRole(Roles.MEMBER) && self != null && self.isActive();
    }

    private static String notAnAuthor(MemberProfile self) {
        return "Items are written by content editors, and drafted by active members who author them; "
                + membershipOf(self);
    }

    private static String membershipOf(MemberProfile self) {
        return self == null ? "no membership is linked to your account" : "your membership is " + self.status;
    }
}
