package org.proud2bops.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node KRaft broker inside the test JVM, on a port the test chooses, so a test can start it after the
 * application (to prove nothing is lost while Kafka is unreachable) or stop it.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final int port;
    private final Path dataDirectory;
    private final KafkaRaftServer server;

    private EmbeddedKafkaBroker(int port, Path dataDirectory, KafkaRaftServer server) {
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.server = server;
    }

    public static EmbeddedKafkaBroker start() {
        return start(freePort());
    }

    public static EmbeddedKafkaBroker start(int port) {
        try {
            Path dataDirectory = Files.createTempDirectory("kafka-test-");
            KafkaConfig config = KafkaConfig.fromProps(brokerProperties(port, freePort(), dataDirectory));
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDirectory.toString()))
                    .setMetadataLogDirectory(dataDirectory.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setControllerListenerName("CONTROLLER")
                    .run();
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(port, dataDirectory, server);
            broker.awaitReady(Duration.ofSeconds(30));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not start on port " + port, e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        deleteRecursively(dataDirectory);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get().isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka broker not ready after " + timeout, notYet);
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    private static Properties brokerProperties(int port, int controllerPort, Path dataDirectory) {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", dataDirectory.toString());
        properties.put("num.partitions", "1");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        return properties;
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp directory is harmless
        }
    }
}
