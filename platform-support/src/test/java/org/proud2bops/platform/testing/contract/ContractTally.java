package org.proud2bops.platform.testing.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many responses a test run checked against the contract, and how many broke it: written to
 * {@code target/openapi-contract.txt} of the module when the test JVM ends.
 */
public final class ContractTally {

    private final AtomicLong validated = new AtomicLong();
    private final AtomicLong violations = new AtomicLong();

    public ContractTally(String documentName) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> report(documentName)));
    }

    private void report(String documentName) {
        String line = "OpenAPI contract (%s): %d responses validated, %d violations%n".formatted(documentName,
                validated.get(), violations.get());
        try {
            Files.writeString(Path.of("target", "openapi-contract.txt"), line);
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
