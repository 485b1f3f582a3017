package org.proud2bops.members.administration;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did (or, in a dry run, would do) with each data row. Row numbers count the header as row 1. */
@Schema(
        name = "ImportReport",
        requiredProperties = {"dryRun", "rows", "created", "alreadyMembers", "rejected", "results"})
public record ImportReport(
        boolean dryRun, int rows, long created, long alreadyMembers, long rejected, List<RowOutcome> results) {

    @Schema(name = "ImportRowOutcome", description = "What the import did with a row")
    public enum Outcome {
        /** Dry run: the row is valid and would add a member. */
        WOULD_CREATE,
        CREATED,
        /** A member with this email exists already; nothing changed (so importing a file again is harmless). */
        ALREADY_MEMBER,
        /** The row has problems and nothing was written for it. */
        REJECTED
    }

    @Schema(
            name = "ImportRowProblem",
            requiredProperties = {"message"})
    public record RowProblem(String field, String message) {}

    @Schema(
            name = "ImportRow",
            requiredProperties = {"row", "outcome", "problems"})
    public record RowOutcome(int row, String email, Outcome outcome, UUID memberId, List<RowProblem> problems) {}

    static ImportReport of(ImportMode mode, List<RowOutcome> results) {
        return new ImportReport(
                mode == ImportMode.DRY_RUN,
                results.size(),
                results.stream()
                        .filter(r -> r.outcome() == Outcome.CREATED || r.outcome() == Outcome.WOULD_CREATE)
                        .count(),
                results.stream()
                        .filter(r -> r.outcome() == Outcome.ALREADY_MEMBER)
                        .count(),
                results.stream().filter(r -> r.outcome() == Outcome.REJECTED).count(),
                results);
    }
}
