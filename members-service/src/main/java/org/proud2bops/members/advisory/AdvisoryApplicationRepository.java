package org.proud2bops.members.advisory;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proud2bops.members.member.MemberStatus;

@ApplicationScoped
public class AdvisoryApplicationRepository implements PanacheRepositoryBase<AdvisoryApplication, UUID> {

    public PanacheQuery<AdvisoryApplication> forCall(UUID callId) {
        return find("call.id = ?1 order by submittedAt, id", callId);
    }

    public List<AdvisoryApplication> ofMember(UUID memberId) {
        return list("member.id = ?1 order by submittedAt, id", memberId);
    }

    public boolean hasLiveApplication(UUID callId, UUID memberId) {
        return count(
                        "call.id = ?1 and member.id = ?2 and status <> ?3",
                        callId,
                        memberId,
                        AdvisoryApplication.Status.WITHDRAWN)
                > 0;
    }

    /** Accepted applicants whose term has not ended by the given day, by term then name. */
    public PanacheQuery<AdvisoryApplication> groupMembersOn(LocalDate day) {
        return find(
                "status = :accepted and call.termEndsOn >= :day and member.status = :active order by call.termStartsOn, member.familyName, "
                        + "member.givenName, id",
                Map.of("accepted", AdvisoryApplication.Status.ACCEPTED, "day", day, "active", MemberStatus.ACTIVE));
    }

    /** Removes a member's applications and, with them, their documents. */
    public void deleteAllOf(UUID memberId) {
        getEntityManager()
                .createNativeQuery("delete from advisory_application where member_id = :id")
                .setParameter("id", memberId)
                .executeUpdate();
    }

    /** Replaces who decided, wherever {@code actor} decided an application. */
    public void replaceDecider(String actor, String replacement) {
        update("decidedBy = ?1 where decidedBy = ?2", replacement, actor);
    }
}
