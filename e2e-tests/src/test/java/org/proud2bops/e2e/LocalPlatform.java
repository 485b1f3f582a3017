package org.proud2bops.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Drives {@code deploy/local/platform} exactly as a person would, on ports shifted away from a running copy. */
final class LocalPlatform {

    static final int PORT_OFFSET = 1000;
    static final int GATEWAY_PORT = 8080 + PORT_OFFSET;
    static final int GATEWAY_MANAGEMENT_PORT = 8280 + PORT_OFFSET;
    /** Each service's public port and management port (/q/health, /q/metrics, /q/openapi), by name. */
    static final Map<String, Integer> SERVICE_PORTS =
            Map.of("members", 8081 + PORT_OFFSET, "events", 8082 + PORT_OFFSET, "content", 8083 + PORT_OFFSET);

    static final Map<String, Integer> SERVICE_MANAGEMENT_PORTS =
            Map.of("members", 8281 + PORT_OFFSET, "events", 8282 + PORT_OFFSET, "content", 8283 + PORT_OFFSET);
    static final int POSTGRES_PORT = 15432 + PORT_OFFSET;
    static final String KEYCLOAK = "http://localhost:" + (8180 + PORT_OFFSET);
    static final String ISSUER = KEYCLOAK + "/realms/proud2bops";
    static final String KAFKA_BOOTSTRAP = "localhost:" + (9092 + PORT_OFFSET);

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
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("could not clear " + directory, e);
        }
    }

    void stop() {
        run("stop", 180);
    }

    /** A service's database pool maximum, as its packaged configuration sets it. */
    int servicePoolMaximum(String service) {
        Path properties = repository.resolve(service + "-service/src/main/resources/application.properties");
        try (var lines = Files.lines(properties)) {
            return lines.filter(line -> line.startsWith("quarkus.datasource.jdbc.max-size="))
                    .map(line -> Integer.parseInt(
                            line.substring(line.indexOf('=') + 1).trim()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(service + " sets no pool maximum"));
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + properties, e);
        }
    }

    /** The pool maximum the running Keycloak was started with ({@code --db-pool-max-size}). */
    int keycloakPoolMaximum() {
        try {
            String pid = Files.readString(state.resolve("pids/keycloak.pid")).trim();
            String commandLine = ProcessHandle.of(Long.parseLong(pid))
                    .flatMap(process -> process.info().arguments())
                    .map(arguments -> String.join(" ", arguments))
                    .orElseThrow(() -> new IllegalStateException("Keycloak (pid " + pid + ") is not running"));
            var option = Pattern.compile("--db-pool-max-size=(\\d+)").matcher(commandLine);
            if (!option.find()) {
                throw new IllegalStateException("Keycloak runs without --db-pool-max-size: " + commandLine);
            }
            return Integer.parseInt(option.group(1));
        } catch (IOException e) {
            throw new IllegalStateException("could not find Keycloak's process", e);
        }
    }

    record CommandResult(int exitCode, String output) {}

    /**
     * Runs one of the document checks in deploy/openapi on a document URL: {@code lint} (Redocly CLI, recommended
     * rules) or {@code typescript-client} (a generated TypeScript client compiled with tsc --strict).
     */
    CommandResult checkOpenApi(String check, String documentUrl) throws IOException, InterruptedException {
        Path output = state.resolve("openapi-" + check + ".out");
        Process process = new ProcessBuilder(
                        repository.resolve("deploy/openapi").resolve(check).toString(), documentUrl)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("OpenAPI check " + check + " did not finish");
        }
        return new CommandResult(process.exitValue(), Files.readString(output));
    }

    private void run(String command, long timeoutSeconds) {
        try {
            Files.createDirectories(state);
            Path output = state.resolve("platform-" + command + ".out");
            ProcessBuilder builder = new ProcessBuilder(
                            repository.resolve("deploy/local/platform").toString(), command)
                    .directory(repository.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment()
                    .putAll(Map.of(
                            "P2B_STATE_DIR",
                            state.toString(),
                            "P2B_PORT_OFFSET",
                            Integer.toString(PORT_OFFSET),
                            "P2B_SKIP_BUILD",
                            "1",
                            // the bad-input sweep sends well over a minute's default budget from one client
                            "GATEWAY_RATE_LIMIT_REQUESTS",
                            "100000"));
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
