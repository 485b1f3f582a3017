package org.proud2bops.platform.testing.authorization;

import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.proud2bops.platform.testing.contract.ContractValidation;
import org.proud2bops.platform.testing.contract.DocumentedOperation;
import org.proud2bops.platform.testing.contract.OpenApiContract;

/**
 * The expected outcome of every operation for every kind of caller, kept as data (a CSV resource: a header row
 * {@code operationId,<caller>,...}, then one row per operation; {@code #} starts a comment line), and checked against
 * what the running service answers and against what its OpenAPI document says.
 * <p>
 * An outcome is {@code ALLOW} (any 2xx, or 304) or the status code of the refusal ({@code 401}, {@code 403},
 * {@code 404}); a request that passes the access rule but is refused for another reason would show that status and
 * has to be named in the table, so a badly built probe cannot pass for an allowed call.
 */
public final class AuthorizationMatrix {

    public static final String ALLOW = "ALLOW";
    private static final Pattern WHO_MAY = Pattern.compile("Who may:\\s*(.+)$", Pattern.DOTALL);

    /** Sends one operation's request as one kind of caller, on objects that belong to someone else. */
    @FunctionalInterface
    public interface Probe {
        int statusOf(String operationId, CallerKind caller);
    }

    /** One operation's request, sent as a kind of caller on objects that belong to someone else. */
    @FunctionalInterface
    public interface Request {
        Response send(CallerKind caller);
    }

    private final String name;
    private final List<CallerKind> callers;
    private final Map<String, Map<CallerKind, String>> expected;

    private AuthorizationMatrix(String name, List<CallerKind> callers, Map<String, Map<CallerKind, String>> expected) {
        this.name = name;
        this.callers = callers;
        this.expected = expected;
    }

    /** Reads the table from a class-path resource. */
    public static AuthorizationMatrix read(String resource) {
        InputStream stream = AuthorizationMatrix.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalArgumentException("no authorization matrix at " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String[]> rows = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> Arrays.stream(line.split(",", -1))
                            .map(String::strip)
                            .toArray(String[]::new))
                    .toList();
            List<CallerKind> callers = Arrays.stream(rows.getFirst())
                    .skip(1)
                    .map(CallerKind::ofColumn)
                    .toList();
            if (!callers.equals(List.of(CallerKind.values()))) {
                throw new IllegalArgumentException(resource + ": the columns must be every kind of caller, in order: "
                        + Arrays.stream(CallerKind.values())
                                .map(CallerKind::column)
                                .toList());
            }
            Map<String, Map<CallerKind, String>> expected = new LinkedHashMap<>();
            for (String[] row : rows.subList(1, rows.size())) {
                if (row.length != callers.size() + 1) {
                    throw new IllegalArgumentException(resource + ": the row of " + row[0] + " has " + (row.length - 1)
                            + " outcomes for " + callers.size() + " callers");
                }
                Map<CallerKind, String> outcomes = new LinkedHashMap<>();
                for (int column = 0; column < callers.size(); column++) {
                    outcomes.put(callers.get(column), row[column + 1]);
                }
                if (expected.put(row[0], outcomes) != null) {
                    throw new IllegalArgumentException(resource + ": two rows for " + row[0]);
                }
            }
            return new AuthorizationMatrix(resource, callers, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the application under test against the table in the class-path resource, writes the figures to
     * {@code target/authorization-matrix.txt} (and what was observed to {@code target/authorization-matrix-observed.csv})
     * and fails on any finding. {@code requests} sends each operation's request, by operationId.
     */
    public static Verdict verify(String resource, Map<String, Request> requests) {
        Verdict verdict = read(resource).check(ContractValidation.documentUnderTest(), (operationId, caller) -> {
            Request request = requests.get(operationId);
            if (request == null) {
                throw new AssertionError("no request is written for " + operationId + "; add one beside its row");
            }
            return request.send(caller).statusCode();
        });
        verdict.writeReport(Path.of("target"));
        verdict.requireNoFindings();
        return verdict;
    }

    /** The outcome class of a response status. */
    public static String outcomeOf(int status) {
        return status / 100 == 2 || status == 304 ? ALLOW : Integer.toString(status);
    }

    /**
     * Calls every documented operation that has a row as every caller and compares; also lists operations without a
     * row, rows without an operation, and operations whose "Who may:" sentence does not name a caller the table
     * allows.
     */
    public Verdict check(OpenApiContract contract, Probe probe) {
        List<DocumentedOperation> operations = contract.operations();
        List<String> documented =
                operations.stream().map(DocumentedOperation::operationId).toList();
        List<String> withoutRow =
                documented.stream().filter(id -> !expected.containsKey(id)).toList();
        List<String> withoutOperation = expected.keySet().stream()
                .filter(id -> !documented.contains(id))
                .toList();
        List<String> mismatches = new ArrayList<>();
        List<String> whoMayGaps = new ArrayList<>();
        StringBuilder observed = new StringBuilder("operationId,")
                .append(String.join(
                        ",", callers.stream().map(CallerKind::column).toList()))
                .append('\n');
        int calls = 0;
        for (DocumentedOperation operation : operations) {
            Map<CallerKind, String> row = expected.get(operation.operationId());
            if (row == null) {
                continue;
            }
            observed.append(operation.operationId());
            for (CallerKind caller : callers) {
                String outcome = outcomeOf(probe.statusOf(operation.operationId(), caller));
                calls++;
                observed.append(',').append(outcome);
                if (!outcome.equals(row.get(caller))) {
                    mismatches.add(operation.operationId() + " as " + caller.column() + ": expected " + row.get(caller)
                            + ", got " + outcome);
                }
            }
            observed.append('\n');
            whoMayGaps.addAll(whoMayGaps(operation, row));
        }
        return new Verdict(
                name,
                documented.size(),
                callers.size(),
                calls,
                withoutRow,
                withoutOperation,
                mismatches,
                whoMayGaps,
                observed.toString());
    }

    private static List<String> whoMayGaps(DocumentedOperation operation, Map<CallerKind, String> row) {
        Optional<String> whoMay = whoMayOf(operation);
        if (whoMay.isEmpty()) {
            return List.of(operation.operationId() + ": the description has no \"Who may:\" sentence");
        }
        List<String> gaps = new ArrayList<>();
        row.forEach((caller, outcome) -> {
            if (ALLOW.equals(outcome) && !caller.isNamedIn(whoMay.get())) {
                gaps.add(operation.operationId() + ": " + caller.column() + " is allowed, but \"Who may: "
                        + whoMay.get() + "\" does not name them (" + caller.words() + ")");
            }
        });
        return gaps;
    }

    /** The text after "Who may:" in an operation's description. */
    public static Optional<String> whoMayOf(DocumentedOperation operation) {
        Matcher matcher =
                WHO_MAY.matcher(operation.definition().path("description").asText(""));
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /** What a run found. */
    public record Verdict(
            String table,
            int operations,
            int callers,
            int calls,
            List<String> operationsWithoutRow,
            List<String> rowsWithoutOperation,
            List<String> mismatches,
            List<String> whoMayGaps,
            String observed) {

        public List<String> findings() {
            List<String> findings = new ArrayList<>();
            operationsWithoutRow.forEach(id -> findings.add("no row: " + id));
            rowsWithoutOperation.forEach(id -> findings.add("no operation: " + id));
            mismatches.forEach(line -> findings.add("mismatch: " + line));
            whoMayGaps.forEach(line -> findings.add("who may: " + line));
            return findings;
        }

        public void requireNoFindings() {
            if (!findings().isEmpty()) {
                throw new AssertionError(
                        "The authorization matrix " + table + " does not hold:\n" + String.join("\n", findings()));
            }
        }

        /** The figures and every finding, for {@code target/authorization-matrix.txt}; the observed table beside it. */
        public void writeReport(Path directory) {
            StringBuilder report = new StringBuilder(
                            "Authorization matrix (%s): %d operations x %d callers = %d calls; "
                                    .formatted(table, operations, callers, calls))
                    .append(
                            "%d mismatches, %d operations without a row, %d rows without an operation, %d who-may gaps%n"
                                    .formatted(
                                            mismatches.size(),
                                            operationsWithoutRow.size(),
                                            rowsWithoutOperation.size(),
                                            whoMayGaps.size()));
            findings().forEach(line -> report.append(line).append('\n'));
            try {
                Files.createDirectories(directory);
                Files.writeString(directory.resolve("authorization-matrix.txt"), report);
                Files.writeString(directory.resolve("authorization-matrix-observed.csv"), observed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
