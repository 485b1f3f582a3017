package org.proud2bops.members.administration;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.proud2bops.members.config.MembersConfig;
import org.proud2bops.members.member.Member;
import org.proud2bops.platform.problem.Problems;

/** Members to and from CSV (RFC 4180, UTF-8, header row) with Jackson's CSV format. */
@ApplicationScoped
public class MemberCsv {

    /** One exported row; the columns are the record's components, in order. */
    @JsonPropertyOrder({
        "id",
        "givenName",
        "familyName",
        "email",
        "jobTitle",
        "roleLevel",
        "organisationOdsCode",
        "organisationName",
        "region",
        "status",
        "directoryVisible",
        "joinedAt"
    })
    public record ExportedMember(
            String id,
            String givenName,
            String familyName,
            String email,
            String jobTitle,
            String roleLevel,
            String organisationOdsCode,
            String organisationName,
            String region,
            String status,
            boolean directoryVisible,
            String joinedAt) {

        static ExportedMember of(Member member) {
            return new ExportedMember(
                    member.id.toString(),
                    member.givenName,
                    member.familyName,
                    member.email,
                    member.jobTitle,
                    member.roleLevel.name(),
                    member.organisation == null ? null : member.organisation.odsCode,
                    member.organisationName(),
                    member.region.name(),
                    member.status.name(),
                    member.directoryVisible,
                    member.joinedAt == null ? null : member.joinedAt.toString());
        }
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    private final int maxRows;

    public MemberCsv(MembersConfig config) {
        this.maxRows = config.imports().maxRows();
    }

    /** The data rows of an import file; a file the import cannot read at all is one problem for the whole file. */
    public List<ImportedRow> read(String csv) {
        if (csv == null || csv.isBlank()) {
            throw Problems.badRequest("The file is empty; it needs a header row and at least one member", "file");
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows =
                MAPPER.readerForMapOf(String.class).with(schema).readValues(csv)) {
            checkHeader((CsvSchema) rows.getParser().getSchema());
            List<ImportedRow> result = new ArrayList<>();
            while (rows.hasNextValue()) {
                if (result.size() == maxRows) {
                    throw Problems.tooLarge("An import takes at most " + maxRows + " rows; split the file", "file");
                }
                Map<String, String> row = rows.nextValue();
                Function<String, String> cell = column -> {
                    String value = row.get(column);
                    return value == null || value.isBlank() ? null : value;
                };
                result.add(new ImportedRow(
                        cell.apply("givenName"),
                        cell.apply("familyName"),
                        cell.apply("email"),
                        cell.apply("jobTitle"),
                        cell.apply("roleLevel"),
                        cell.apply("organisationOdsCode"),
                        cell.apply("proposedOrganisation"),
                        cell.apply("region"),
                        cell.apply("directoryVisible")));
            }
            return result;
        } catch (JsonProcessingException e) {
            throw Problems.badRequest("The file is not valid CSV: " + e.getOriginalMessage(), "file");
        } catch (RuntimeJsonMappingException e) {
            throw Problems.badRequest("The file is not valid CSV: " + e.getMessage(), "file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String write(List<Member> members) {
        CsvSchema schema = MAPPER.schemaFor(ExportedMember.class).withHeader();
        try {
            return MAPPER.writer(schema)
                    .writeValueAsString(members.stream().map(ExportedMember::of).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHeader(CsvSchema header) {
        List<String> columns = new ArrayList<>();
        header.forEach(column -> columns.add(column.getName()));
        columns.stream()
                .filter(column -> !ImportedRow.COLUMNS.contains(column))
                .findFirst()
                .ifPresent(unknown -> {
                    throw Problems.badRequest(
                            "Unknown column '" + unknown + "'; the columns are " + ImportedRow.COLUMNS, unknown);
                });
        ImportedRow.COLUMNS.subList(0, 3).stream()
                .filter(required -> !columns.contains(required))
                .findFirst()
                .ifPresent(missing -> {
                    throw Problems.badRequest("The header row lacks the required column '" + missing + "'", missing);
                });
    }
}
