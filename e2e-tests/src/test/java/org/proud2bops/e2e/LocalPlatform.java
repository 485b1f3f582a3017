package org.proud2bops.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Drives {@code deploy/local/platform} exactly as a person would, on ports shifted away from a running copy. */
final class LocalPlatform {

    static final int PORT_OFFSET = 1000;
    static final int GATEWAY_PORT = 8080 + PORT_OFFSET;
    static final int POSTGRES_PORT = 15432 + PORT_OFFSET;
    static final String ISSUER = "http://localhost:" + (8180 + PORT_OFFSET) + "/realms/proud2bops";

    private final Path repository = Path.of(System.getProperty("platform.repository"));
    private final Path state = Path.of(System.getProperty("platform.state"));

    /** Starts from empty databases so every run sees exactly the demo data of this commit. */
    void start() {
        run("stop", 180);
        deleteRecursively(state.resolve("postgres"));
        deleteRecursively(state.resolve("kafka").resolve("data"));
        run("start", 600);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("could not clear " + directory, e);
        }
    }

    void stop() {
        run("stop", 180);
    }

    record CommandResult(int exitCode, String output) {
    }

    /** Runs deploy/openapi/lint (Redocly CLI, recommended rules) on a document URL. */
    CommandResult lintOpenApi(String documentUrl) throws IOException, InterruptedException {
        Path output = state.resolve("openapi-lint.out");
        Process process = new ProcessBuilder(repository.resolve("deploy/openapi/lint").toString(), documentUrl)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("OpenAPI lint did not finish");
        }
        return new CommandResult(process.exitValue(), Files.readString(output));
    }

    private void run(String command, long timeoutSeconds) {
        try {
            Files.createDirectories(state);
            Path output = state.resolve("platform-" + command + ".out");
            ProcessBuilder builder = new ProcessBuilder(repository.resolve("deploy/local/platform").toString(), command)
                    .directory(repository.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(Map.of(
                    "P2B_STATE_DIR", state.toString(),
                    "P2B_PORT_OFFSET", Integer.toString(PORT_OFFSET),
                    "P2B_SKIP_BUILD", "1",
                    // the bad-input sweep sends well over a minute's default budget from one client
                    "GATEWAY_RATE_LIMIT_REQUESTS", "100000"));
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("platform " + command + " did not finish in " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("platform " + command + " failed:\n" + Files.readString(output));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run platform " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
