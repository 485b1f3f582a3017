package org.proud2bops.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The stored outcomes of requests made with an {@code Idempotency-Key}, and the lock that keeps two from racing. */
@ApplicationScoped
public class IdempotencyRecordRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecordId> {

    /**
     * Takes a PostgreSQL advisory lock on the key for the rest of the current transaction.
     *
     * @return false when another transaction holds it
     */
    public boolean tryLockUntilCommit(long lockKey) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(:lockKey)")
                .setParameter("lockKey", lockKey)
                .getSingleResult();
    }

    /**
     * Deletes every record whose scope starts with the prefix and every record whose response body contains any of
     * the texts, case ignored.
     *
     * @param scopePrefix null to match no scope
     * @return how many records were deleted
     */
    public long deleteScopedOrMentioning(String scopePrefix, String... mentions) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (scopePrefix != null) {
            parameters.add(likePattern(scopePrefix) + "%");
            conditions.add("id.scope like ?" + parameters.size() + " escape '\\'");
        }
        for (String text : mentions) {
            parameters.add("%" + likePattern(text.toLowerCase(Locale.ROOT)) + "%");
            conditions.add("lower(responseBody) like ?" + parameters.size() + " escape '\\'");
        }
        return conditions.isEmpty() ? 0 : delete(String.join(" or ", conditions), parameters.toArray());
    }

    private static String likePattern(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
