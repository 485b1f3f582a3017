package org.proud2bops.members.advisory;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file attached to an advisory group application, checked to be what it claims before it is stored. */
@Entity
@Table(name = "advisory_document")
public class AdvisoryDocument {

    @Schema(name = "AdvisoryDocumentKind", description = "Which document of an application")
    public enum Kind {
        CV("cv"),
        COVERING_LETTER("covering-letter");

        private final String fileStem;

        Kind(String fileStem) {
            this.fileStem = fileStem;
        }
    }

    @Embeddable
    public record Key(
            @Column(name = "application_id") UUID applicationId,

            @Enumerated(EnumType.STRING) @Column(name = "kind")
            Kind kind)
            implements Serializable {}

    @EmbeddedId
    public Key key;

    /** The server-chosen name ({@link #fileName()}), never the name the file was uploaded with. */
    @Column(name = "file_name", nullable = false)
    String storedFileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    public static AdvisoryDocument of(UUID applicationId, Kind kind, DocumentFormat format, byte[] content) {
        AdvisoryDocument document = new AdvisoryDocument();
        document.key = new Key(applicationId, kind);
        document.contentType = format.mediaType();
        document.sizeBytes = content.length;
        document.content = content;
        document.storedFileName = document.fileName();
        return document;
    }

    /**
     * The name the file is offered under, chosen by the server from the application and the checked format (e.g.
     * {@code cv-<applicationId>.pdf}), so nothing the uploader named reaches a download or a listing.
     */
    public String fileName() {
        String extension = DocumentFormat.ofMediaType(contentType)
                .map(DocumentFormat::extension)
                .orElse("");
        return key.kind().fileStem + "-" + key.applicationId() + extension;
    }
}
