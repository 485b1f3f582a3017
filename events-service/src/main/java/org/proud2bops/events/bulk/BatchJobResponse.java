package org.proud2bops.events.bulk;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RegistrationBatch",
        examples =
                "{\"id\":\"3f6e2a1b-7c4d-4e5f-8a9b-0c1d2e3f4a5b\",\"eventId\":\"5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11\","
                        + "\"dryRun\":false,\"status\":\"DONE\",\"rows\":2,\"processed\":2,\"createdAt\":\"2026-11-29T12:00:00Z\","
                        + "\"finishedAt\":\"2026-11-29T12:00:01Z\",\"report\":{\"dryRun\":false,\"rows\":2,\"confirmed\":1,"
                        + "\"waitlisted\":1,\"refused\":0,\"results\":[{\"row\":1,\"outcome\":\"CONFIRMED\",\"registrationId\":"
                        + "\"9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\"},{\"row\":2,\"outcome\":\"WAITLISTED\",\"registrationId\":"
                        + "\"0b7c8a52-52a1-4f55-9b1e-1f2d3c4b5a69\",\"position\":1}]}}",
        requiredProperties = {"id", "eventId", "dryRun", "status", "rows", "processed", "createdAt", "report"},
        description = "A batch of attendees being applied: its status and the outcomes of the rows applied so far")
public record BatchJobResponse(
        UUID id,
        UUID eventId,
        boolean dryRun,

        @Schema(description = "QUEUED, RUNNING, or DONE (the report is complete)")
        BatchStatus status,

        @Schema(description = "How many attendees the batch has")
        int rows,

        @Schema(description = "How many of them have an outcome so far")
        int processed,

        Instant createdAt,

        @Schema(description = "When the last row was applied; absent until DONE")
        Instant finishedAt,

        @Schema(description = "The outcomes so far, in the batch's order; complete once DONE")
        BatchReport report) {

    static BatchJobResponse of(RegistrationBatch batch) {
        return of(new BatchJob(batch, java.util.List.of()));
    }

    static BatchJobResponse of(BatchJob job) {
        RegistrationBatch batch = job.batch();
        return new BatchJobResponse(
                batch.id,
                batch.eventId,
                batch.dryRun,
                batch.status,
                batch.rowCount,
                job.outcomes().size(),
                batch.createdAt,
                batch.finishedAt,
                BatchReport.of(batch.mode(), job.outcomes()));
    }
}
