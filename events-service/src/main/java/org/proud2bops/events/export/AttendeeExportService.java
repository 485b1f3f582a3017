package org.proud2bops.events.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventService;
import org.proud2bops.events.registration.AttendeeRow;
import org.proud2bops.events.registration.RegistrationRepository;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * An event's attendee list as a CSV file for the people who manage the event (events admins and admins, the hosting
 * network's leads). Who may is decided before the response
 * starts (404 for an event the caller may not see, 403 for a list that is not theirs); the rows are then read through
 * a database cursor in their own read-only transaction and written as they arrive, so a list of thousands is never
 * held in memory at once.
 */
@ApplicationScoped
public class AttendeeExportService {

    /** Bytes buffered before they go to the response; rows reach the client in chunks of about this size. */
    static final int BUFFER_SIZE = 8192;

    private final EventService events;
    private final RegistrationRepository registrations;

    public AttendeeExportService(EventService events, RegistrationRepository registrations) {
        this.events = events;
        this.registrations = registrations;
    }

    public AttendeeExport export(Caller caller, UUID eventId, boolean withCancelled) {
        Event event = events.findManaged(
                        caller,
                        eventId,
                        "Only events admins, admins and the hosting network's leads export its attendees")
                .orElseThrow(() -> Problems.notFound("Event", eventId));
        List<String> questionKeys =
                event.questions.stream().map(question -> question.key()).toList();
        return new AttendeeExport(
                "proud2bops-attendees-" + event.id + ".csv", out -> write(event.id, questionKeys, withCancelled, out));
    }

    /** Reads and writes inside one read-only transaction: the cursor lives as long as the transaction. */
    void write(UUID eventId, List<String> questionKeys, boolean withCancelled, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_SIZE);
        QuarkusTransaction.requiringNew().run(() -> {
            try (Stream<AttendeeRow> rows = registrations.attendeeRowsOf(eventId, withCancelled)) {
                AttendeeCsv.write(rows.iterator(), questionKeys, writer);
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
