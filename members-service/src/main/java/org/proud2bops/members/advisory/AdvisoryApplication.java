package org.proud2bops.members.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.member.Member;

/** A member's application to an advisory group call. */
@Entity
@Table(name = "advisory_application")
public class AdvisoryApplication {

    @Schema(name = "AdvisoryApplicationStatus", description = "Where an advisory-group application stands")
    public enum Status {
        SUBMITTED,
        WITHDRAWN,
        ACCEPTED,
        DECLINED
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id")
    public AdvisoryCall call;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    public Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Version
    public long version;
}
