package org.proud2bops.events.bulk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RegistrationBatchRepository implements PanacheRepositoryBase<RegistrationBatch, UUID> {

    /** The batch with its row locked until the transaction ends: one worker applies a group of its rows at a time. */
    public RegistrationBatch findForUpdate(UUID batchId) {
        return findById(batchId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Batches a worker has not finished (after a restart: those it was applying), oldest first. */
    public List<UUID> unfinished() {
        return find("status <> ?1 order by createdAt", BatchStatus.DONE).project(BatchId.class).list().stream()
                .map(BatchId::id)
                .toList();
    }

    public record BatchId(UUID id) {}

    /** The outcomes stored so far, in the batch's order. */
    public List<RegistrationBatchRow> rowsOf(UUID batchId) {
        return getEntityManager()
                .createQuery(
                        "from RegistrationBatchRow r where r.id.batchId = :batchId order by r.id.rowIndex",
                        RegistrationBatchRow.class)
                .setParameter("batchId", batchId)
                .getResultList();
    }

    /** How many rows of a dry run were counted as taking a place (so a resumed dry run counts on from there). */
    public long wouldConfirmIn(UUID batchId) {
        return getEntityManager()
                .createQuery(
                        "select count(r) from RegistrationBatchRow r where r.id.batchId = :batchId and r.outcome = :outcome",
                        Long.class)
                .setParameter("batchId", batchId)
                .setParameter("outcome", BatchReport.BatchRowOutcome.Outcome.WOULD_CONFIRM)
                .getSingleResult();
    }

    public void persistRow(RegistrationBatchRow row) {
        getEntityManager().persist(row);
    }
}
