package org.proud2bops.members.advisory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisoryApplication",
        examples = "{\"id\":\"7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b\",\"callId\":\"3c4d5e6f-7a8b-4c9d-8e0f-1a2b"
                + "3c4d5e6f\",\"callTitle\":\"Advisory Group 2027\",\"memberId\":\"0b8e5a7c-1f0e-4d8e-9a55-3c"
                + "9d1f2b7a10\",\"applicantName\":\"Aisha Okafor\",\"status\":\"SUBMITTED\",\"submittedAt\":"
                + "\"2026-12-03T18:20:00Z\",\"documents\":[{\"kind\":\"CV\",\"fileName\":\"cv-7e8f9a0b-1c2d-4"
                + "e3f-8a4b-5c6d7e8f9a0b.pdf\",\"contentType\":\"application/pdf\",\"sizeBytes\":48211}]}",
        requiredProperties = {
            "id",
            "callId",
            "callTitle",
            "memberId",
            "applicantName",
            "status",
            "submittedAt",
            "documents"
        })
public record AdvisoryApplicationResponse(
        UUID id,
        UUID callId,
        String callTitle,
        UUID memberId,
        String applicantName,
        AdvisoryApplication.Status status,
        String decisionReason,
        Instant submittedAt,
        Instant decidedAt,
        List<Document> documents) {

    @Schema(
            name = "AdvisoryApplicationDocument",
            requiredProperties = {"kind", "fileName", "contentType", "sizeBytes"},
            description =
                    "Download with GET .../documents/{kind}. fileName is "
                            + "chosen by the server (cv-<applicationId>.pdf, covering-letter-<applicationId>.docx, ...), not the uploaded name.")
    public record Document(AdvisoryDocument.Kind kind, String fileName, String contentType, int sizeBytes) {}

    public static AdvisoryApplicationResponse of(AdvisoryApplicationView view) {
        AdvisoryApplication application = view.application();
        return new AdvisoryApplicationResponse(
                application.id,
                application.call.id,
                application.call.title,
                application.member.id,
                application.member.displayName(),
                application.status,
                application.decisionReason,
                application.submittedAt,
                application.decidedAt,
                view.documents().stream()
                        .map(d -> new Document(d.key.kind(), d.fileName(), d.contentType, d.sizeBytes))
                        .toList());
    }
}
