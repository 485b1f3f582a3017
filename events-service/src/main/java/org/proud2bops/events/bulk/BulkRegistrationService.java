package org.proud2bops.events.bulk;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.proud2bops.events.bulk.BatchReport.BatchRowOutcome;
import org.proud2bops.events.bulk.BatchReport.RowProblem;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.event.EventRepository;
import org.proud2bops.events.registration.AttendeeChoice;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationAccess;
import org.proud2bops.events.registration.RegistrationService;
import org.proud2bops.events.registration.RegistrationStatus;
import org.proud2bops.events.registration.SeenRegistration;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * Registers a batch of attendees for one event with the single registration's rules ({@link RegistrationService}):
 * each row is checked by {@link RegistrationService#wouldRegister} and written by {@link RegistrationService#register},
 * which takes the event's row lock, so a batch never oversells an event however many single registrations run beside
 * it. Rows are written in transactions of {@value #ROWS_PER_TRANSACTION}: a row that is refused is left out before
 * anything is written, and a transaction that fails anyway (a single registration of the same person in between) is
 * rolled back whole and its rows are applied again one transaction each, so no row is ever half written and every row
 * that can be registered is. The event's lock is held for one transaction of rows at a time, so single registrations
 * wait at most that long.
 */
@ApplicationScoped
public class BulkRegistrationService {

    /** How many rows one write transaction applies (and how many a dry run checks in one read transaction). */
    static final int ROWS_PER_TRANSACTION = 50;

    private final EventRepository events;
    private final EventAccess eventAccess;
    private final RegistrationAccess access;
    private final RegistrationService registrations;
    private final Validator validator;

    public BulkRegistrationService(
            EventRepository events,
            EventAccess eventAccess,
            RegistrationAccess access,
            RegistrationService registrations,
            Validator validator) {
        this.events = events;
        this.eventAccess = eventAccess;
        this.access = access;
        this.registrations = registrations;
        this.validator = validator;
    }

    /** A guest row's own checks: what the single registration's request validates. */
    record GuestCheck(
            @NotBlank String name, @NotBlank @Email String email) {}

    /**
     * Every row's outcome, in order; 404 for an event the caller may not see, 403 when the caller may not register
     * anyone for it (a regional client and another region's event). Not transactional: each group of rows runs in a
     * transaction of its own, beside (not inside) the caller's.
     */
    public BatchReport register(Caller caller, UUID eventId, List<NumberedAttendee> rows, BatchMode mode) {
        int placesLeft = QuarkusTransaction.requiringNew().call(() -> {
            Event event = events.findByIdOptional(eventId)
                    .filter(found -> eventAccess.maySee(caller, found))
                    .orElseThrow(() -> Problems.notFound("Event", eventId));
            access.registrantFor(caller, event, new AttendeeChoice(null, null), Optional.empty());
            return event.placesLeft();
        });
        List<BatchRowOutcome> results = new ArrayList<>(rows.size());
        Map<String, Integer> people = new HashMap<>();
        List<NumberedAttendee> group = new ArrayList<>(ROWS_PER_TRANSACTION);
        for (NumberedAttendee row : rows) {
            Optional<RowProblem> problem = problemOf(row.attendee()).or(() -> duplicate(row, people));
            if (problem.isPresent()) {
                results.add(BatchRowOutcome.refused(row.row(), problem.get()));
                continue;
            }
            group.add(row);
            if (group.size() == ROWS_PER_TRANSACTION) {
                placesLeft = apply(caller, eventId, group, mode, placesLeft, results);
                group.clear();
            }
        }
        apply(caller, eventId, group, mode, placesLeft, results);
        results.sort((one, other) -> Integer.compare(one.row(), other.row()));
        return BatchReport.of(mode, results);
    }

    /** Checks (and in a write, registers) a group of rows; returns the places a dry run counts as left after it. */
    private int apply(
            Caller caller,
            UUID eventId,
            List<NumberedAttendee> group,
            BatchMode mode,
            int placesLeft,
            List<BatchRowOutcome> results) {
        if (group.isEmpty()) {
            return placesLeft;
        }
        if (mode == BatchMode.DRY_RUN) {
            return QuarkusTransaction.requiringNew().call(() -> {
                Event event = events.findById(eventId);
                int left = placesLeft;
                for (NumberedAttendee row : group) {
                    Optional<RowProblem> refused = refusal(caller, event, row);
                    if (refused.isPresent()) {
                        results.add(BatchRowOutcome.refused(row.row(), refused.get()));
                    } else if (left > 0) {
                        left--;
                        results.add(outcome(row, BatchRowOutcome.Outcome.WOULD_CONFIRM, null, null));
                    } else {
                        results.add(outcome(row, BatchRowOutcome.Outcome.WOULD_WAITLIST, null, null));
                    }
                }
                return left;
            });
        }
        List<BatchRowOutcome> written = new ArrayList<>(group.size());
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                // Locked from the start, so the checks see the places as they are and registering takes no new lock.
                Event event = events.findForUpdate(eventId).orElseThrow();
                for (NumberedAttendee row : group) {
                    Optional<RowProblem> refused = refusal(caller, event, row);
                    written.add(
                            refused.isPresent()
                                    ? BatchRowOutcome.refused(row.row(), refused.get())
                                    : registered(
                                            row,
                                            registrations.register(
                                                    caller,
                                                    eventId,
                                                    row.attendee().toChoice())));
                }
            });
            results.addAll(written);
        } catch (RuntimeException groupFailed) {
            for (NumberedAttendee row : group) {
                results.add(applyAlone(caller, eventId, row));
            }
        }
        return placesLeft;
    }

    /** One row in a transaction of its own: registered, or refused with nothing written. */
    private BatchRowOutcome applyAlone(Caller caller, UUID eventId, NumberedAttendee row) {
        try {
            return QuarkusTransaction.requiringNew()
                    .call(() -> registered(
                            row,
                            registrations.register(
                                    caller, eventId, row.attendee().toChoice())));
        } catch (HttpProblem problem) {
            return BatchRowOutcome.refused(row.row(), problemOf(problem, row.attendee()));
        } catch (RuntimeException failure) {
            if (isUniqueViolation(failure)) {
                return BatchRowOutcome.refused(
                        row.row(),
                        new RowProblem(
                                ProblemType.ALREADY_REGISTERED.uri().toString(),
                                fieldOf(row.attendee()),
                                "The attendee registered in the meantime"));
            }
            throw failure;
        }
    }

    /** Why registering the row would be refused, by the single registration's own checks; empty when it would not. */
    private Optional<RowProblem> refusal(Caller caller, Event event, NumberedAttendee row) {
        try {
            registrations.wouldRegister(caller, event, row.attendee().toChoice());
            return Optional.empty();
        } catch (HttpProblem problem) {
            return Optional.of(problemOf(problem, row.attendee()));
        }
    }

    private static BatchRowOutcome registered(NumberedAttendee row, SeenRegistration seen) {
        Registration registration = seen.registration();
        return registration.status == RegistrationStatus.WAITLISTED
                ? outcome(row, BatchRowOutcome.Outcome.WAITLISTED, registration.id, registration.waitlistPosition)
                : outcome(row, BatchRowOutcome.Outcome.CONFIRMED, registration.id, null);
    }

    private static BatchRowOutcome outcome(
            NumberedAttendee row, BatchRowOutcome.Outcome outcome, UUID registrationId, Integer position) {
        return new BatchRowOutcome(row.row(), outcome, registrationId, position, null);
    }

    /** A row that names nobody, or both a member and a guest, or a guest without a valid name and email. */
    private Optional<RowProblem> problemOf(BatchAttendee attendee) {
        if ((attendee.memberId() == null) == (attendee.guest() == null)) {
            return Optional.of(validation("memberId", "Name the attendee: either memberId or guest"));
        }
        if (attendee.guest() == null) {
            return Optional.empty();
        }
        return validator
                .validate(
                        new GuestCheck(attendee.guest().name(), attendee.guest().email()))
                .stream()
                .map(violation -> {
                    String field = "guest." + violation.getPropertyPath();
                    return validation(field, field + " " + violation.getMessage());
                })
                .sorted((one, other) -> one.field().compareTo(other.field()))
                .findFirst();
    }

    /** The same person named by an earlier row of this batch. */
    private static Optional<RowProblem> duplicate(NumberedAttendee row, Map<String, Integer> people) {
        BatchAttendee attendee = row.attendee();
        String person = attendee.memberId() != null
                ? "member " + attendee.memberId()
                : "guest " + attendee.guest().email().strip().toLowerCase(Locale.ROOT);
        Integer earlier = people.putIfAbsent(person, row.row());
        return earlier == null
                ? Optional.empty()
                : Optional.of(new RowProblem(
                        ProblemType.DUPLICATE_IN_BATCH.uri().toString(),
                        fieldOf(attendee),
                        "Row " + earlier + " of this batch names the same attendee"));
    }

    private static RowProblem validation(String field, String detail) {
        return new RowProblem(ProblemType.VALIDATION_FAILED.uri().toString(), field, detail);
    }

    private static RowProblem problemOf(HttpProblem problem, BatchAttendee attendee) {
        Object field = problem.getParameters().get("field");
        String type = String.valueOf(problem.getType());
        boolean aboutTheAttendee = problem.getStatusCode() == 404
                || (problem.getStatusCode() == 409
                        && !type.equals(ProblemType.REGISTRATION_CLOSED.uri().toString()));
        return new RowProblem(
                type,
                field != null ? field.toString() : aboutTheAttendee ? fieldOf(attendee) : null,
                problem.getDetail());
    }

    private static String fieldOf(BatchAttendee attendee) {
        return attendee.memberId() != null ? "memberId" : "guest.email";
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
