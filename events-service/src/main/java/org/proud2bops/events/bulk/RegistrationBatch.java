package org.proud2bops.events.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A batch of attendees for one event, applied by {@link BatchWorker}: the job behind a registration-batches call. */
@Entity
@Table(name = "registration_batch")
public class RegistrationBatch {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BatchStatus status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    /** The roles of the token that asked, comma-separated. */
    @Column(name = "caller_roles", nullable = false)
    public String callerRoles;

    /** A regional network's client: the region its token named. */
    @Column(name = "caller_region")
    public String callerRegion;

    /** The rows as JSON (a list of {@link NumberedAttendee}); "[]" once the batch is done. */
    @Column(nullable = false)
    public String attendees;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    /** The index of the first row not yet applied: every row before it has its outcome stored. */
    @Column(name = "next_row", nullable = false)
    public int nextRow;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;

    BatchMode mode() {
        return dryRun ? BatchMode.DRY_RUN : BatchMode.WRITE;
    }
}
