package org.proud2bops.platform.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;
import org.proud2bops.platform.topics.DeclaredTopics;

@QuarkusTest
@WithPlatformInfrastructure
class DeclaredTopicsTest {

    private static final String TOPIC = "widgets.widget.v1";
    private static final ConfigResource RESOURCE = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);

    @Inject
    DeclaredTopics declaredTopics;

    @Test
    void theServiceCreatesItsTopicWithTheDeclaredSettings() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Config settings = settings();
            assertThat(settings.get("cleanup.policy").value()).isEqualTo("compact,delete");
            assertThat(settings.get("max.compaction.lag.ms").value()).isEqualTo("172800000");
        });
    }

    @Test
    void settingsChangedOnTheBrokerAreSetBack() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> settings().get("cleanup.policy").value().contains("compact"));
        try (Admin admin = admin()) {
            admin.incrementalAlterConfigs(Map.of(
                            RESOURCE,
                            List.of(new AlterConfigOp(
                                    new ConfigEntry("cleanup.policy", "delete"), AlterConfigOp.OpType.SET))))
                    .all()
                    .get();
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> settings().get("cleanup.policy").value().equals("delete"));

        declaredTopics.settle();

        assertThat(settings().get("cleanup.policy").value()).isEqualTo("compact,delete");
    }

    private static Config settings() throws Exception {
        try (Admin admin = admin()) {
            return admin.describeConfigs(List.of(RESOURCE)).all().get().get(RESOURCE);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers()));
    }
}
