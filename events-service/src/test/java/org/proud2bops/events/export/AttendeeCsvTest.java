package org.proud2bops.events.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.registration.AttendeeRow;
import org.proud2bops.events.registration.Registrant;
import org.proud2bops.events.registration.RegistrationStatus;

/** The attendee list's CSV: cells a spreadsheet would run are neutralised, and rows are written as they arrive. */
class AttendeeCsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "=HYPERLINK(A1)|'=HYPERLINK(A1)",
                "+44 20 7946 0000|'+44 20 7946 0000",
                "-2+3|'-2+3",
                "@SUM(A1:A9)|'@SUM(A1:A9)",
                "Dr Kim Lee|Dr Kim Lee",
                "Kim = Lee|Kim = Lee",
                "kim@nhs.example|kim@nhs.example",
                "'already quoted|'already quoted"
            })
    void aCellThatStartsLikeAFormulaGetsALeadingApostrophe(String cell, String written) {
        assertThat(AttendeeCsv.neutralised(cell)).isEqualTo(written);
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreNeutralisedToo() {
        assertThat(AttendeeCsv.neutralised("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(AttendeeCsv.neutralised("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(AttendeeCsv.neutralised("")).isEmpty();
    }

    @Test
    void aGuestRowCarriesWhatTheyGaveAndAMemberRowTheDisplayNameOnly() throws IOException {
        AttendeeRow guest = guest(1, "=cmd|' /C calc'!A0");
        AttendeeRow member = new AttendeeRow(
                UUID.randomUUID(),
                RegistrationStatus.CANCELLED,
                Instant.parse("2026-11-29T12:00:00Z"),
                UUID.randomUUID(),
                "Member Kim",
                null,
                null,
                null,
                "person-1",
                Registrant.SELF);
        StringWriter out = new StringWriter();

        long written = AttendeeCsv.write(List.of(guest, member).iterator(), out);

        List<CSVRecord> records = parse(out.toString());
        assertThat(written).isEqualTo(2);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList())
                .containsExactly(
                        guest.registrationId().toString(),
                        "CONFIRMED",
                        "2026-11-29T12:00:01Z",
                        "guest",
                        "'=cmd|' /C calc'!A0",
                        "guest1@trust.example",
                        "Example Hospitals NHS Trust",
                        "events-admin-subject",
                        "ADMIN");
        assertThat(records.get(1).toList())
                .containsExactly(
                        member.registrationId().toString(),
                        "CANCELLED",
                        "2026-11-29T12:00:00Z",
                        "member",
                        "Member Kim",
                        "",
                        "",
                        "person-1",
                        "SELF");
    }

    /**
     * The rows come from a lazy source that counts what was pulled; the first bytes reach the response while only a
     * small part of the 2,000 rows has been read. A writer that collected every row first would have pulled them all.
     */
    @Test
    void rowsReachTheOutputBeforeTheSourceIsExhausted() throws IOException {
        int total = 2_000;
        AtomicInteger pulled = new AtomicInteger();
        Iterator<AttendeeRow> source = IntStream.rangeClosed(1, total)
                .mapToObj(n -> {
                    pulled.incrementAndGet();
                    return guest(n, "Guest " + n);
                })
                .iterator();
        AtomicInteger pulledAtFirstOutput = new AtomicInteger(-1);
        StringWriter received = new StringWriter();
        Writer response = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                pulledAtFirstOutput.compareAndSet(-1, pulled.get());
                received.write(chars, offset, length);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };

        try (Writer buffered = new BufferedWriter(response, AttendeeExportService.BUFFER_SIZE)) {
            AttendeeCsv.write(source, buffered);
        }

        assertThat(pulled.get()).isEqualTo(total);
        assertThat(pulledAtFirstOutput.get()).isBetween(1, total / 10);
        assertThat(parse(received.toString())).hasSize(total);
    }

    private static AttendeeRow guest(int n, String name) {
        return new AttendeeRow(
                UUID.randomUUID(),
                RegistrationStatus.CONFIRMED,
                Instant.parse("2026-11-29T12:00:00Z").plusSeconds(n),
                null,
                null,
                name,
                "guest" + n + "@trust.example",
                "Example Hospitals NHS Trust",
                "events-admin-subject",
                Registrant.ADMIN);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader(AttendeeCsv.COLUMNS.toArray(String[]::new))
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }
}
