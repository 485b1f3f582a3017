package org.proud2bops.members.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.domain.AdvisoryApplication;
import org.proud2bops.members.domain.AdvisoryDocument;

@Schema(name = "AdvisoryApplication", requiredProperties = {"id", "callId", "callTitle", "memberId", "applicantName", "status", "submittedAt", "documents"})
public record AdvisoryApplicationResponse(UUID id, UUID callId, String callTitle, UUID memberId, String applicantName,
        AdvisoryApplication.Status status, String decisionReason, Instant submittedAt, Instant decidedAt,
        List<Document> documents) {

    @Schema(name = "AdvisoryApplicationDocument", requiredProperties = {"kind", "fileName", "contentType", "sizeBytes"},
            description = "Download with GET .../documents/{kind}. fileName is "
            + "chosen by the server (cv-<applicationId>.pdf, covering-letter-<applicationId>.docx, ...), not the uploaded name.")
    public record Document(AdvisoryDocument.Kind kind, String fileName, String contentType, int sizeBytes) {
    }

    static AdvisoryApplicationResponse of(AdvisoryApplication application, List<AdvisoryDocument> documents) {
        return new AdvisoryApplicationResponse(application.id, application.call.id, application.call.title,
                application.member.id, application.member.displayName(), application.status,
                application.decisionReason, application.submittedAt, application.decidedAt,
                documents.stream().map(d -> new Document(d.key.kind(), d.fileName(), d.contentType, d.sizeBytes)).toList());
    }
}
