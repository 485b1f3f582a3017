package org.proud2bops.events.bulk;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a batch did (or, in a dry run, would do) with each row, in the batch's order. A JSON batch's rows are numbered
 * from 1 in the order of {@code attendees}; a CSV file's rows by line, the header being line 1 (as the members
 * service's import numbers them).
 */
@Schema(
        name = "RegistrationBatchReport",
        requiredProperties = {"dryRun", "rows", "confirmed", "waitlisted", "refused", "results"})
public record BatchReport(
        boolean dryRun,
        int rows,

        @Schema(description = "Rows confirmed (a dry run: that would be)")
        long confirmed,

        @Schema(description = "Rows put on the waiting list (a dry run: that would be)")
        long waitlisted,

        @Schema(description = "Rows refused: nothing of them was written")
        long refused,

        List<BatchRowOutcome> results) {

    static BatchReport of(BatchMode mode, List<BatchRowOutcome> results) {
        return new BatchReport(
                mode == BatchMode.DRY_RUN,
                results.size(),
                count(results, BatchRowOutcome.Outcome.CONFIRMED, BatchRowOutcome.Outcome.WOULD_CONFIRM),
                count(results, BatchRowOutcome.Outcome.WAITLISTED, BatchRowOutcome.Outcome.WOULD_WAITLIST),
                count(results, BatchRowOutcome.Outcome.REFUSED, BatchRowOutcome.Outcome.REFUSED),
                results);
    }

    private static long count(
            List<BatchRowOutcome> results, BatchRowOutcome.Outcome one, BatchRowOutcome.Outcome other) {
        return results.stream()
                .filter(result -> result.outcome() == one || result.outcome() == other)
                .count();
    }

    /** What happened to one row. */
    @Schema(
            name = "RegistrationBatchRow",
            requiredProperties = {"row", "outcome"})
    public record BatchRowOutcome(
            int row,
            Outcome outcome,

            @Schema(description = "The registration made (CONFIRMED or WAITLISTED)")
            UUID registrationId,

            @Schema(
                    description = "WAITLISTED: the place in the waiting list when it joined (1 = next in line)",
                    minimum = "1")
            Integer position,

            @Schema(description = "REFUSED: why") RowProblem problem,

            @Schema(
                    description =
                            "CONFIRMED with sessions chosen: what was booked at each (a WAITLISTED row books none)")
            List<SessionOutcome> sessions) {

        /** An outcome without sessions booked. */
        BatchRowOutcome(int row, Outcome outcome, UUID registrationId, Integer position, RowProblem problem) {
            this(row, outcome, registrationId, position, problem, null);
        }

        BatchRowOutcome withSessions(List<SessionOutcome> booked) {
            return new BatchRowOutcome(
                    row, outcome, registrationId, position, problem, booked.isEmpty() ? null : booked);
        }

        @Schema(name = "RegistrationBatchRowOutcome", description = "What the batch did with a row")
        public enum Outcome {
            /** Dry run: a place is left for this row. */
            WOULD_CONFIRM,
            /** Dry run: the event would be full by this row, which would join the waiting list. */
            WOULD_WAITLIST,
            CONFIRMED,
            WAITLISTED,
            /** Nothing of the row was written; {@code problem} says why. */
            REFUSED
        }

        static BatchRowOutcome refused(int row, RowProblem problem) {
            return new BatchRowOutcome(row, Outcome.REFUSED, null, null, problem);
        }
    }

    /** What a row's transaction booked at one session it chose. */
    @Schema(
            name = "RegistrationBatchSessionOutcome",
            requiredProperties = {"sessionId", "status"})
    public record SessionOutcome(
            UUID sessionId,

            @Schema(description = "CONFIRMED: a place at the session; WAITLISTED: a place in its line")
            String status,

            @Schema(description = "WAITLISTED: the place in the session's line (1 = next in line)", minimum = "1")
            Integer position) {}

    /** Why a row was refused: the problem type a single registration of it would get, and the field at fault. */
    @Schema(
            name = "RegistrationBatchRowProblem",
            requiredProperties = {"type", "detail"})
    public record RowProblem(
            @Schema(description = "The problem type URI, as in a problem response")
            String type,

            @Schema(description = "The attendee field at fault: memberId, guest.name, guest.email, sessionIds")
            String field,

            String detail) {}
}
