package org.proud2bops.events.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.proud2bops.events.registration.AttendeeRow;

/**
 * An event's attendee list as CSV (RFC 4180, UTF-8, a header row with the platform's camelCase column names, as the
 * members service's export has), written row by row as the rows arrive: nothing is collected first. A cell a
 * spreadsheet would read as a formula gets a leading apostrophe, so opening the file runs nothing a guest typed. An
 * event with registration questions adds one column per question after these, named {@code answer.<key>}.
 */
public final class AttendeeCsv {

    public static final List<String> COLUMNS = List.of(
            "registrationId",
            "status",
            "registeredAt",
            "attendeeKind",
            "name",
            "email",
            "organisation",
            "registeredBy",
            "registeredAs");

    /** What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** What an answer's column is called: this prefix and the question's key. */
    public static final String ANSWER_PREFIX = "answer.";

    private AttendeeCsv() {}

    /** The header row for an event asking the questions with these keys. */
    public static List<String> header(List<String> questionKeys) {
        List<String> header = new ArrayList<>(COLUMNS);
        questionKeys.forEach(key -> header.add(ANSWER_PREFIX + key));
        return header;
    }

    /** Writes the header and then each row as the iterator hands it over; returns how many rows were written. */
    public static long write(Iterator<AttendeeRow> rows, Appendable out) throws IOException {
        return write(rows, List.of(), out);
    }

    /** As {@link #write(Iterator, Appendable)}, with a column for the answer to each of these questions. */
    public static long write(Iterator<AttendeeRow> rows, List<String> questionKeys, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(header(questionKeys).toArray(String[]::new))
                .get();
        CSVPrinter printer = new CSVPrinter(out, format);
        long written = 0;
        while (rows.hasNext()) {
            AttendeeRow row = rows.next();
            List<String> cells = new ArrayList<>(cells(row));
            questionKeys.forEach(key -> cells.add(row.answerTo(key)));
            printer.printRecord(cells.stream().map(AttendeeCsv::neutralised));
            written++;
        }
        printer.flush();
        return written;
    }

    /** Members: the display name this service keeps; it holds no member's email or organisation (left empty). */
    static List<String> cells(AttendeeRow row) {
        return List.of(
                row.registrationId().toString(),
                row.status().name(),
                row.registeredAt().toString(),
                row.isGuest() ? "guest" : "member",
                orEmpty(row.isGuest() ? row.guestName() : row.memberName()),
                orEmpty(row.isGuest() ? row.guestEmail() : null),
                orEmpty(row.isGuest() ? row.guestOrganisation() : null),
                orEmpty(row.registeredBy()),
                row.registeredAs().name());
    }

    /** The cell with a leading apostrophe when a spreadsheet would take it for a formula. */
    static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
