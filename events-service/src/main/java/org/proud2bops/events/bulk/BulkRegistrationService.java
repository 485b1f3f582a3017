package org.proud2bops.events.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.proud2bops.events.bulk.BatchReport.BatchRowOutcome;
import org.proud2bops.events.bulk.BatchReport.RowProblem;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.event.EventRepository;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.network.NetworkService;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationAccess;
import org.proud2bops.events.registration.RegistrationService;
import org.proud2bops.events.registration.RegistrationStatus;
import org.proud2bops.events.session.Session;
import org.proud2bops.events.session.SessionBooking;
import org.proud2bops.events.session.SessionBookings;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * Registers a batch of attendees for one event with the single registration's rules ({@link RegistrationService}):
 * each row is checked once by {@link RegistrationService#wouldRegister} and written by
 * {@link RegistrationService#registerChecked}, with the event's row lock held from before the check (a row applied on
 * its own goes through {@link RegistrationService#register}, which takes the lock, checks and writes), so a batch never
 * oversells an event however many single registrations run beside it. A batch is a job: {@link #queue} stores it (with who asked) and {@link BatchWorker} has {@link #process} apply
 * it. Rows are applied in groups of {@value #ROWS_PER_TRANSACTION}, each group in one transaction with the batch's row
 * locked, the registrations it makes and the outcomes it stores, so a restart goes on after the last group committed
 * and no row is lost or applied twice. A refused row is left out before anything is written; a group whose transaction
 * fails anyway (a single registration of the same person in between) is rolled back whole and its rows are applied
 * again one transaction each, so no row is ever half written. The event's lock is held for one group at a time, so
 * single registrations wait at most that long.
 */
@ApplicationScoped
public class BulkRegistrationService {

    private static final Logger LOG = Logger.getLogger(BulkRegistrationService.class);

    /** How many rows one transaction applies (or, in a dry run, checks). */
    static final int ROWS_PER_TRANSACTION = 50;

    private final EventRepository events;
    private final EventAccess eventAccess;
    private final RegistrationAccess access;
    private final BulkRegistrationAccess batchAccess;
    private final RegistrationService registrations;
    private final RegistrationBatchRepository batches;
    private final Validator validator;
    private final ObjectMapper json;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<BatchQueued> queued;
    private final NetworkService networks;

    /** Books the sessions a row chooses, in the row's transaction. */
    @Inject
    SessionBookings sessionBookings;

    public BulkRegistrationService(
            EventRepository events,
            EventAccess eventAccess,
            RegistrationAccess access,
            BulkRegistrationAccess batchAccess,
            RegistrationService registrations,
            RegistrationBatchRepository batches,
            Validator validator,
            ObjectMapper json,
            Clock clock,
            jakarta.enterprise.event.Event<BatchQueued> queued,
            NetworkService networks) {
        this.events = events;
        this.eventAccess = eventAccess;
        this.access = access;
        this.batchAccess = batchAccess;
        this.registrations = registrations;
        this.batches = batches;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
        this.queued = queued;
        this.networks = networks;
    }

    /** A guest row's own checks: what the single registration's request validates. */
    record GuestCheck(
            @NotBlank String name, @NotBlank @Email String email) {}

    /**
     * Stores the batch for the worker, which starts once this transaction commits; 404 for an event the caller may not
     * see, 403 when the caller may not register anyone for it (a regional client and another region's event).
     */
    @Transactional
    public RegistrationBatch queue(Caller caller, UUID eventId, List<NumberedAttendee> rows, BatchMode mode) {
        LedNetworks led = networks.ledBy(caller);
        Event event = events.findByIdOptional(eventId)
                .filter(found -> eventAccess.maySee(caller, led, found))
                .orElseThrow(() -> Problems.notFound("Event", eventId));
        access.requireRegistersOthersFor(caller, led, event);
        RegistrationBatch batch = new RegistrationBatch();
        batch.id = UUID.randomUUID();
        batch.eventId = eventId;
        batch.dryRun = mode == BatchMode.DRY_RUN;
        batch.status = BatchStatus.QUEUED;
        BatchCallers.remember(caller, batch);
        batch.attendees = write(rows);
        batch.rowCount = rows.size();
        batch.createdAt = clock.instant();
        batches.persist(batch);
        batches.flush();
        queued.fire(new BatchQueued(batch.id));
        return batch;
    }

    /** The batch and the outcomes so far, if the caller may see it; otherwise nothing, as if it did not exist. */
    @Transactional
    public Optional<BatchJob> find(Caller caller, UUID eventId, UUID batchId) {
        return batches.findByIdOptional(batchId)
                .filter(batch -> batch.eventId.equals(eventId) && batchAccess.maySee(caller, batch))
                .map(batch -> new BatchJob(
                        batch,
                        batches.rowsOf(batchId).stream()
                                .map(RegistrationBatchRow::toOutcome)
                                .toList()));
    }

    /** Batches not finished yet, e.g. those being applied when the service stopped. */
    @Transactional
    public List<UUID> unfinished() {
        return batches.unfinished();
    }

    /**
     * Applies the batch's rows from the first one without an outcome, as the caller who sent it; done batches are left
     * as they are. Runs outside any request, in transactions of its own.
     */
    @ActivateRequestContext
    public void process(UUID batchId) {
        Started started = QuarkusTransaction.requiringNew().call(() -> start(batchId));
        if (started == null) {
            return;
        }
        Map<Integer, RowProblem> refusedEarly = earlyRefusals(started.rows());
        int placesLeft = started.placesLeft();
        for (int from = started.nextRow(); from < started.rows().size(); from += ROWS_PER_TRANSACTION) {
            int to = Math.min(started.rows().size(), from + ROWS_PER_TRANSACTION);
            placesLeft = applyGroup(batchId, started, from, to, refusedEarly, placesLeft);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            RegistrationBatch batch = batches.findForUpdate(batchId);
            batch.status = BatchStatus.DONE;
            batch.finishedAt = clock.instant();
            batch.attendees = "[]";
        });
        LOG.debugf("Batch %s done: %d rows", batchId, started.rows().size());
    }

    private record Started(
            UUID eventId, BatchMode mode, Caller caller, List<NumberedAttendee> rows, int nextRow, int placesLeft) {}

    private Started start(UUID batchId) {
        RegistrationBatch batch = batches.findForUpdate(batchId);
        if (batch == null || batch.status == BatchStatus.DONE) {
            return null;
        }
        batch.status = BatchStatus.RUNNING;
        int placesLeft =
                batch.dryRun ? events.findById(batch.eventId).placesLeft() - (int) batches.wouldConfirmIn(batchId) : 0;
        return new Started(
                batch.eventId, batch.mode(), BatchCallers.of(batch), read(batch.attendees), batch.nextRow, placesLeft);
    }

    /** The rows refused before any rule of the event is asked: malformed, or a person an earlier row named. */
    private Map<Integer, RowProblem> earlyRefusals(List<NumberedAttendee> rows) {
        Map<Integer, RowProblem> refused = new HashMap<>();
        Map<String, Integer> people = new HashMap<>();
        for (int index = 0; index < rows.size(); index++) {
            NumberedAttendee row = rows.get(index);
            Optional<RowProblem> problem = problemOf(row.attendee()).or(() -> duplicate(row, people));
            if (problem.isPresent()) {
                refused.put(index, problem.get());
            }
        }
        return refused;
    }

    /** Applies rows [from, to) in one transaction; returns the places a dry run counts as left after them. */
    private int applyGroup(
            UUID batchId, Started started, int from, int to, Map<Integer, RowProblem> refusedEarly, int placesLeft) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                RegistrationBatch batch = batches.findForUpdate(batchId);
                if (batch.nextRow >= to) {
                    return placesLeft; // applied already (by a worker before a restart)
                }
                if (batch.nextRow != from) {
                    throw new IllegalStateException(
                            "Batch " + batchId + " is at row " + batch.nextRow + ", not " + from);
                }
                // A write locks the event from the start, so the checks see the places as they are.
                Event event = started.mode() == BatchMode.DRY_RUN
                        ? events.findById(started.eventId())
                        : events.findForUpdate(started.eventId()).orElseThrow();
                int left = placesLeft;
                for (int index = from; index < to; index++) {
                    NumberedAttendee row = started.rows().get(index);
                    BatchRowOutcome outcome;
                    RowProblem refused = refusedEarly.get(index);
                    Registration checked = null;
                    List<Session> chosen = List.of();
                    if (refused == null) {
                        try {
                            checked = registrations.wouldRegister(
                                    started.caller(), event, row.attendee().toChoice());
                            chosen = sessionBookings.checkChoices(
                                    event, row.attendee().chosenSessions());
                        } catch (HttpProblem problem) {
                            refused = problemOf(problem, row.attendee());
                        }
                    }
                    if (refused != null) {
                        outcome = BatchRowOutcome.refused(row.row(), refused);
                    } else if (started.mode() == BatchMode.WRITE) {
                        // Checked once, above, with the event locked; written without a second check
                        Registration registration = registrations.registerChecked(event, checked);
                        outcome = registered(row, registration, sessionBookings.bookChoices(registration, chosen));
                    } else if (left > 0) {
                        left--;
                        outcome = outcome(row, BatchRowOutcome.Outcome.WOULD_CONFIRM, null, null);
                    } else {
                        outcome = outcome(row, BatchRowOutcome.Outcome.WOULD_WAITLIST, null, null);
                    }
                    batches.persistRow(RegistrationBatchRow.of(batchId, index, outcome));
                }
                batch.nextRow = to;
                return left;
            });
        } catch (RuntimeException groupFailed) {
            if (started.mode() == BatchMode.DRY_RUN) {
                throw groupFailed;
            }
            LOG.debugf(groupFailed, "Batch %s: rows %d to %d again one by one", batchId, from, to);
            for (int index = from; index < to; index++) {
                applyAlone(batchId, started, index, refusedEarly.get(index));
            }
            return placesLeft;
        }
    }

    /** One row in a transaction of its own: registered, or refused with nothing written. */
    private void applyAlone(UUID batchId, Started started, int index, RowProblem refusedEarly) {
        NumberedAttendee row = started.rows().get(index);
        Supplier<BatchRowOutcome> apply = () -> {
            if (refusedEarly != null) {
                return BatchRowOutcome.refused(row.row(), refusedEarly);
            }
            Registration registration = registrations
                    .register(
                            started.caller(), started.eventId(), row.attendee().toChoice())
                    .registration();
            // A refused choice throws here, and the row's transaction (with its registration) is rolled back
            List<Session> chosen = sessionBookings.checkChoices(
                    registration.event, row.attendee().chosenSessions());
            return registered(row, registration, sessionBookings.bookChoices(registration, chosen));
        };
        try {
            QuarkusTransaction.requiringNew().run(() -> store(batchId, index, apply));
        } catch (HttpProblem problem) {
            QuarkusTransaction.requiringNew()
                    .run(() -> store(
                            batchId,
                            index,
                            () -> BatchRowOutcome.refused(row.row(), problemOf(problem, row.attendee()))));
        } catch (RuntimeException failure) {
            if (!isUniqueViolation(failure)) {
                throw failure;
            }
            RowProblem registeredMeanwhile = new RowProblem(
                    ProblemType.ALREADY_REGISTERED.uri().toString(),
                    fieldOf(row.attendee()),
                    "The attendee registered in the meantime");
            QuarkusTransaction.requiringNew()
                    .run(() -> store(batchId, index, () -> BatchRowOutcome.refused(row.row(), registeredMeanwhile)));
        }
    }

    /** Stores a row's outcome with the batch locked, unless a worker stored it before. */
    private void store(UUID batchId, int index, Supplier<BatchRowOutcome> outcome) {
        RegistrationBatch batch = batches.findForUpdate(batchId);
        if (batch.nextRow > index) {
            return;
        }
        batches.persistRow(RegistrationBatchRow.of(batchId, index, outcome.get()));
        batch.nextRow = index + 1;
    }

    private static BatchRowOutcome registered(
            NumberedAttendee row, Registration registration, List<SessionBooking> booked) {
        return registration.status == RegistrationStatus.WAITLISTED
                ? outcome(row, BatchRowOutcome.Outcome.WAITLISTED, registration.id, registration.waitlistPosition)
                : outcome(row, BatchRowOutcome.Outcome.CONFIRMED, registration.id, null)
                        .withSessions(booked.stream()
                                .map(booking -> new BatchReport.SessionOutcome(
                                        booking.session.id, booking.status.name(), booking.waitlistPosition))
                                .toList());
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
        boolean aboutTheEvent = type.equals(
                        ProblemType.REGISTRATION_CLOSED.uri().toString())
                || type.equals(ProblemType.REGISTRATION_NOT_OPEN_YET.uri().toString());
        boolean aboutTheAttendee = problem.getStatusCode() == 404 || (problem.getStatusCode() == 409 && !aboutTheEvent);
        // The single registration's detail names the attendee; a stored report keeps no guest's name
        String detail = type.equals(ProblemType.ALREADY_REGISTERED.uri().toString())
                ? "The attendee already holds a place at this event, or waits for one"
                : problem.getDetail();
        return new RowProblem(
                type, field != null ? field.toString() : aboutTheAttendee ? fieldOf(attendee) : null, detail);
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

    private String write(List<NumberedAttendee> rows) {
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<NumberedAttendee> read(String rows) {
        try {
            return json.readValue(rows, new TypeReference<List<NumberedAttendee>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
