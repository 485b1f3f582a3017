package org.proud2bops.platform.topics;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Gives the topics a service declares ({@link DeclaredTopicsConfig}) their settings: creates a missing topic with
 * them, and sets them on a topic that exists already (created earlier, or by the broker on first publish). Runs soon
 * after start and again until it has succeeded once, so a broker that is down at start changes nothing but the time.
 */
@ApplicationScoped
public class DeclaredTopics {

    private static final Logger LOG = Logger.getLogger(DeclaredTopics.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final DeclaredTopicsConfig config;
    private final Object bootstrapServers;
    private volatile boolean settled;

    public DeclaredTopics(
            DeclaredTopicsConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaDefaults) {
        this.config = config;
        this.bootstrapServers = kafkaDefaults.get("bootstrap.servers");
    }

    @Scheduled(
            every = "${platform.kafka.topics-retry-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void settleUntilDone() {
        if (settled || config.topics().isEmpty()) {
            return;
        }
        try {
            settle();
            settled = true;
            LOG.infof(
                    "Kafka topics %s have their declared settings",
                    config.topics().keySet());
        } catch (ExecutionException | TimeoutException failure) {
            LOG.warnf("Kafka topics not set up yet, will retry: %s", failure.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Creates what is missing and sets the declared settings on what exists; settings not declared are left alone. */
    public void settle() throws ExecutionException, InterruptedException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = config.topics().entrySet().stream()
                    .filter(topic -> !existing.contains(topic.getKey()))
                    .map(topic ->
                            new NewTopic(topic.getKey(), Optional.empty(), Optional.empty()).configs(topic.getValue()))
                    .toList();
            try {
                admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException raced) {
                if (!(raced.getCause() instanceof TopicExistsException)) {
                    throw raced;
                }
            }
            // Also for the topics just created: a topic another instance created meanwhile gets the settings too.
            Map<ConfigResource, Collection<AlterConfigOp>> settings = new HashMap<>();
            config.topics()
                    .forEach((topic, values) -> settings.put(
                            new ConfigResource(ConfigResource.Type.TOPIC, topic),
                            values.entrySet().stream()
                                    .map(setting -> new AlterConfigOp(
                                            new ConfigEntry(setting.getKey(), setting.getValue()),
                                            AlterConfigOp.OpType.SET))
                                    .toList()));
            admin.incrementalAlterConfigs(settings).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
