package org.proud2bops.members.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A file attached to an advisory group application, checked to be what it claims before it is stored. */
@Entity
@Table(name = "advisory_document")
public class AdvisoryDocument {

    @Schema(name = "AdvisoryDocumentKind", description = "Which document of an application")
    public enum Kind { CV, COVERING_LETTER }

    @Embeddable
    public record Key(@Column(name = "application_id") UUID applicationId,
            @Enumerated(EnumType.STRING) @Column(name = "kind") Kind kind) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
}
