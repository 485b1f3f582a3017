package org.proud2bops.events.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.proud2bops.events.bulk.BatchReport.BatchRowOutcome;
import org.proud2bops.events.bulk.BatchReport.RowProblem;

/** What a batch did with one row, stored in the transaction that applied it. */
@Entity
@Table(name = "registration_batch_row")
public class RegistrationBatchRow {

    @Embeddable
    public record Key(
            @Column(name = "batch_id") UUID batchId,
            @Column(name = "row_index") int rowIndex) implements Serializable {}

    @EmbeddedId
    public Key id;

    @Column(name = "row_number", nullable = false)
    public int rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BatchRowOutcome.Outcome outcome;

    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "waitlist_position")
    public Integer waitlistPosition;

    @Column(name = "problem_type")
    public String problemType;

    @Column(name = "problem_field")
    public String problemField;

    @Column(name = "problem_detail")
    public String problemDetail;

    /** What the row booked at the sessions it chose; null when it chose none. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "session_outcomes")
    public List<BatchReport.SessionOutcome> sessionOutcomes;

    static RegistrationBatchRow of(UUID batchId, int rowIndex, BatchRowOutcome outcome) {
        RegistrationBatchRow row = new RegistrationBatchRow();
        row.id = new Key(batchId, rowIndex);
        row.rowNumber = outcome.row();
        row.outcome = outcome.outcome();
        row.registrationId = outcome.registrationId();
        row.waitlistPosition = outcome.position();
        row.sessionOutcomes = outcome.sessions();
        if (outcome.problem() != null) {
            row.problemType = outcome.problem().type();
            row.problemField = outcome.problem().field();
            String detail = outcome.problem().detail();
            row.problemDetail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        }
        return row;
    }

    BatchRowOutcome toOutcome() {
        return new BatchRowOutcome(
                rowNumber,
                outcome,
                registrationId,
                waitlistPosition,
                problemType == null ? null : new RowProblem(problemType, problemField, problemDetail),
                sessionOutcomes);
    }
}
