package org.proud2bops.content.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an item: who made it and when, which fields it changed, and the item as it left it. Never changed. */
@Entity
@Table(name = "content_item_revision")
public class ItemRevision {

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    /** 1 for the item's creation, then one more for each change. */
    @Column(nullable = false)
    public int number;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The token subject of the editor, or {@link #SCHEDULE} when the schedule published the item. */
    @Column(nullable = false)
    public String editor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RevisionChange change;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "changed_fields", nullable = false)
    public List<String> changedFields;

    /** For a restore, the revision whose content was brought back. */
    @Column(name = "restored_from")
    public Integer restoredFrom;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ItemSnapshot snapshot;

    /** The editor named on revisions the publishing schedule writes. */
    public static final String SCHEDULE = "schedule";
}
