package org.proud2bops.members.personaldata;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class PendingAccountRemovalRepository implements PanacheRepositoryBase<PendingAccountRemoval, String> {

    /** One removal that is due, locked for this transaction; one another instance holds is skipped. */
    @SuppressWarnings("unchecked")
    public Optional<PendingAccountRemoval> claimDue(Instant now) {
        return getEntityManager()
                .createNativeQuery("""
                        select * from pending_account_removal where next_attempt_at <= :now
                        order by next_attempt_at limit 1 for update skip locked""", PendingAccountRemoval.class)
                .setParameter("now", now)
                .getResultStream()
                .findFirst();
    }
}
