package org.proud2bops.events.bulk;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.proud2bops.events.question.RegistrationQuestion;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

/**
 * A batch as CSV (RFC 4180, UTF-8, a header row naming some of the columns memberId, guestName, guestEmail,
 * guestOrganisation, sessionIds (session ids separated by spaces or semicolons), and a column {@code answer.<key>} per
 * answered question of the event; a leading byte order mark is ignored) read with Apache Commons CSV. A file that
 * cannot be read as such (an unknown or repeated column, a
 * broken quote, a row with more cells than the header, a cell over its length, an id that is not one) is one problem
 * for the whole file naming the line, and nothing is registered.
 */
final class BatchCsv {

    /** The columns and the longest value each takes (as the JSON batch's fields). */
    static final Map<String, Integer> COLUMNS =
            Map.of("memberId", 36, "guestName", 201, "guestEmail", 320, "guestOrganisation", 200, "sessionIds", 1000);

    /** What names an answer's column: this prefix and the question's key (as the attendee export's columns). */
    static final String ANSWER_PREFIX = "answer.";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(false)
            .get();

    private BatchCsv() {}

    static List<NumberedAttendee> read(String file) {
        if (file == null || file.isBlank()) {
            throw malformed(1, "the file is empty; it needs a header row and at least one attendee");
        }
        // A spreadsheet's "CSV UTF-8" starts with a byte order mark, which is not part of the first column's name
        String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
        CSVParser parser;
        try {
            parser = FORMAT.parse(new StringReader(text));
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            throw malformed(1, "the header row cannot be read: " + e.getMessage());
        }
        try (parser) {
            checkHeader(parser.getHeaderNames());
            List<NumberedAttendee> rows = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw malformed(parser.getCurrentLineNumber(), "not valid CSV (" + rootMessage(e) + ")");
                }
                if (rows.size() == BatchRequest.MAX_ROWS) {
                    throw Problems.tooLarge(
                            "A batch takes at most " + BatchRequest.MAX_ROWS + " attendees; split the file", "file");
                }
                rows.add(new NumberedAttendee((int) record.getRecordNumber() + 1, attendeeOf(parser, record)));
            }
            if (rows.isEmpty()) {
                throw malformed(parser.getCurrentLineNumber(), "the file has a header row but no attendee");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHeader(List<String> header) {
        for (String column : header) {
            if (!COLUMNS.containsKey(column) && !isAnswerColumn(column)) {
                throw malformed(
                        1,
                        "unknown column '" + column + "'; the columns are " + COLUMNS.keySet() + " and " + ANSWER_PREFIX
                                + "<question key>");
            }
        }
        if (!header.contains("memberId") && !header.contains("guestEmail")) {
            throw malformed(1, "the header row names neither memberId nor guestEmail");
        }
    }

    private static BatchAttendee attendeeOf(CSVParser parser, CSVRecord record) {
        long line = parser.getCurrentLineNumber();
        if (!record.isConsistent()) {
            throw malformed(
                    line,
                    "the row has " + record.size() + " cells, the header "
                            + parser.getHeaderNames().size());
        }
        Map<String, String> cells = record.toMap();
        cells.forEach((column, value) -> {
            int longest = COLUMNS.getOrDefault(column, RegistrationQuestion.MAX_ANSWER);
            if (value != null && value.length() > longest) {
                throw malformed(line, column + " is longer than " + longest + " characters");
            }
        });
        UUID memberId = null;
        String id = cell(cells, "memberId");
        if (id != null) {
            try {
                memberId = UUID.fromString(id.strip());
            } catch (IllegalArgumentException e) {
                throw malformed(line, "memberId is not a member id");
            }
        }
        String name = cell(cells, "guestName");
        String email = cell(cells, "guestEmail");
        String organisation = cell(cells, "guestOrganisation");
        boolean guest = name != null || email != null || organisation != null;
        Map<String, String> answers = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (isAnswerColumn(column) && value != null && !value.isBlank()) {
                answers.put(column.substring(ANSWER_PREFIX.length()), value);
            }
        });
        return new BatchAttendee(
                memberId,
                guest ? new BatchAttendee.Guest(name, email, organisation) : null,
                answers.isEmpty() ? null : answers,
                sessionIdsOf(cell(cells, "sessionIds"), line));
    }

    /** {@code answer.<key>}, the key as a question's key is written. */
    private static boolean isAnswerColumn(String column) {
        if (!column.startsWith(ANSWER_PREFIX)) {
            return false;
        }
        String key = column.substring(ANSWER_PREFIX.length());
        return key.length() <= RegistrationQuestion.MAX_KEY && key.matches(RegistrationQuestion.KEY_PATTERN);
    }

    /** A sessionIds cell: session ids separated by spaces or semicolons; none when the cell is empty. */
    private static List<UUID> sessionIdsOf(String cell, long line) {
        if (cell == null) {
            return null;
        }
        List<UUID> ids = new ArrayList<>();
        for (String id : cell.strip().split("[\\s;]+")) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw malformed(line, "sessionIds holds something that is not a session id");
            }
        }
        if (ids.size() > BatchAttendee.MAX_SESSIONS) {
            throw malformed(line, "sessionIds names more than " + BatchAttendee.MAX_SESSIONS + " sessions");
        }
        return ids;
    }

    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static RuntimeException malformed(long line, String what) {
        return Problems.of(ProblemType.MALFORMED_BODY, "Line " + line + ": " + what, "file");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
