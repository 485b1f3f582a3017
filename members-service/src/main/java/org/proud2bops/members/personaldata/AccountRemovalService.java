package org.proud2bops.members.personaldata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.proud2bops.members.config.MembersConfig;

/**
 * Removes erased members' accounts at the identity provider. Erasure records the removal in the members database in
 * the erasure's transaction; this job then deletes the account through the provider's admin API and drops the record, and
 * while the provider cannot be reached it keeps the record and tries again later, waiting longer each time.
 */
@ApplicationScoped
public class AccountRemovalService {

    private static final Logger LOG = Logger.getLogger(AccountRemovalService.class);
    static final String SCHEDULE = "account-removal";
    private static final int NOT_FOUND = 404;

    private final PendingAccountRemovalRepository pending;
    private final IdentityProviderAdminApi admin;
    private final MembersConfig.AccountRemoval config;
    private final Clock clock;

    public AccountRemovalService(
            PendingAccountRemovalRepository pending,
            @RestClient IdentityProviderAdminApi admin,
            MembersConfig config,
            Clock clock) {
        this.pending = pending;
        this.admin = admin;
        this.config = config.accountRemoval();
        this.clock = clock;
    }

    /** Records that the subject's account must go; nothing when removal is off or the person never signed in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestRemoval(String subject) {
        if (!config.enabled()
                || subject == null
                || pending.findByIdOptional(subject).isPresent()) {
            return;
        }
        PendingAccountRemoval removal = new PendingAccountRemoval();
        removal.subject = subject;
        removal.requestedAt = clock.instant();
        removal.nextAttemptAt = removal.requestedAt;
        pending.persist(removal);
    }

    @Scheduled(
            identity = SCHEDULE,
            every = "${members.account-removal.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeDueAccounts() {
        if (!config.enabled()) {
            return;
        }
        boolean removed;
        do {
            removed = QuarkusTransaction.requiringNew().call(this::removeOneDue);
        } while (removed);
    }

    /** @return true when an account was removed (or was gone already), false when none is due or the provider failed */
    private boolean removeOneDue() {
        Optional<PendingAccountRemoval> due = pending.claimDue(clock.instant());
        if (due.isEmpty()) {
            return false;
        }
        PendingAccountRemoval removal = due.get();
        try {
            admin.deleteUser(removal.subject);
        } catch (WebApplicationException refused) {
            if (refused.getResponse().getStatus() != NOT_FOUND) {
                return postpone(removal, "HTTP " + refused.getResponse().getStatus());
            }
        } catch (RuntimeException unreachable) {
            return postpone(removal, unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
        }
        pending.delete(removal);
        LOG.infof("Removed an erased member's identity-provider account after %d failed attempt(s)", removal.attempts);
        return true;
    }

    private boolean postpone(PendingAccountRemoval removal, String error) {
        removal.attempts++;
        removal.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        removal.nextAttemptAt = clock.instant().plus(waitAfter(removal.attempts));
        LOG.warnf(
                "Could not remove an erased member's identity-provider account (attempt %d), will retry: %s",
                removal.attempts, removal.lastError);
        return false;
    }

    private Duration waitAfter(int attempts) {
        Duration wait = config.interval().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(config.longestWait()) > 0 ? config.longestWait() : wait;
    }
}
