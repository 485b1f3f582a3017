package org.proud2bops.content.item;

import jakarta.enterprise.context.ApplicationScoped;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who does what with content items. Content editors and admins write items and move them through the workflow, and
 * see every item in every status. A published item is read by anyone when PUBLIC; a MEMBERS_ONLY one by a caller whose
 * token carries the {@code member} role, and by editors and admins. Content holds no membership states yet, so the
 * role stands in for "an active member" until the members projection arrives (a lapsed member's token still carries
 * the role).
 */
@ApplicationScoped
public class ItemAccess {

    public boolean edits(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Roles.CONTENT_EDITOR);
    }

    public boolean mayRead(Caller caller, Visibility visibility) {
        return visibility == Visibility.PUBLIC || readsMembersOnly(caller);
    }

    /** Whether lists show this caller MEMBERS_ONLY items beside the PUBLIC ones. */
    public boolean readsMembersOnly(Caller caller) {
        return caller.hasRole(Roles.MEMBER) || edits(caller);
    }
}
