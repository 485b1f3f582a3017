package org.proud2bops.platform.testing.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link BadInputSweep} sent and what went wrong. Every finished sweep of the test JVM is summed up in
 * {@code target/bad-input-sweep.txt}, one line per caller.
 */
public final class SweepReport {

    private static final Map<String, String> SUMMARIES = new TreeMap<>();

    private final String caller;
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int serverErrors;
    /** 4xx and 5xx answers without an application/problem+json body carrying a catalogued type. */
    private int errorsWithoutProblem;

    SweepReport(String caller) {
        this.caller = caller;
    }

    void record(BadInputSweep.Probe probe, BadInputSweep.Outcome outcome) {
        requests++;
        if (outcome.status() >= 500) {
            serverErrors++;
        }
        if (outcome.status() >= 400 && !outcome.problemBody()) {
            errorsWithoutProblem++;
        }
        if (outcome.failure() != null) {
            failures.add(probe.description() + " -> " + (outcome.status() == 0 ? "" : outcome.status() + ": ")
                    + outcome.failure());
        }
    }

    public int requests() {
        return requests;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public String summary() {
        return "%s: %d requests sent, %d answered 5xx, %d errors without a problem body, %d failures"
                .formatted(caller, requests, serverErrors, errorsWithoutProblem, failures.size());
    }

    /** Adds this sweep's summary line to {@code target/bad-input-sweep.txt} (rewritten with every line so far). */
    public SweepReport written(String documentName) {
        synchronized (SUMMARIES) {
            SUMMARIES.put(documentName + " / " + caller, documentName + ", " + summary());
            try {
                Files.createDirectories(Path.of("target"));
                Files.write(Path.of("target", "bad-input-sweep.txt"), SUMMARIES.values());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }
}
