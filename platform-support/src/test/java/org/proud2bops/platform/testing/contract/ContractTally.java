package org.proud2bops.platform.testing.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many responses a test run checked against the contract, and how many broke it: one line per application run
 * in {@code target/openapi-contract.txt} of the module, written when the test JVM ends.
 */
public final class ContractTally {

    private final AtomicLong validated = new AtomicLong();
    private final AtomicLong violations = new AtomicLong();

    private static final Path REPORT = Path.of("target", "openapi-contract.txt");
    /** Set once per JVM: each Quarkus application restart loads this class again, and each adds its own line. */
    private static final String STARTED = "proud2bops.contract-tally.started";

    public ContractTally(String documentName) {
        if (System.getProperty(STARTED) == null) {
            System.setProperty(STARTED, "true");
            try {
                Files.deleteIfExists(REPORT);
            } catch (IOException e) {
                System.err.println("could not clear " + REPORT + ": " + e.getMessage());
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> report(documentName)));
    }

    private void report(String documentName) {
        String line = "OpenAPI contract (%s): %d responses validated, %d violations%n"
                .formatted(documentName, validated.get(), violations.get());
        try {
            Files.writeString(REPORT, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.print(line);
        }
    }

    void record(int violationCount) {
        validated.incrementAndGet();
        violations.addAndGet(violationCount);
    }

    public long validated() {
        return validated.get();
    }
}
