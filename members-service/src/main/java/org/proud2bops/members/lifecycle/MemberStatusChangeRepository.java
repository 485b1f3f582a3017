package org.proud2bops.members.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MemberStatusChangeRepository implements PanacheRepositoryBase<MemberStatusChange, Long> {

    /** A member's steps, oldest first. */
    public List<MemberStatusChange> historyOf(UUID memberId) {
        return list("memberId = ?1 order by changedAt, id", memberId);
    }

    public void forgetReasons(UUID memberId) {
        update("reason = null where memberId = ?1", memberId);
    }

    /** Replaces who acted, wherever {@code actor} changed someone's status. */
    public void replaceActor(String actor, String replacement) {
        update("changedBy = ?1 where changedBy = ?2", replacement, actor);
    }
}
