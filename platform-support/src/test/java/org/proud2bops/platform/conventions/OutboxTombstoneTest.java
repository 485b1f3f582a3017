package org.proud2bops.platform.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.outbox.Outbox;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class OutboxTombstoneTest {

    private static final String TOPIC = "widgets.widget.v1";

    @Inject
    Outbox outbox;

    @Test
    void aTombstoneIsPublishedAsTheKeyAloneAfterWhatWasRecordedBeforeIt() {
        String widgetId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            // Many facts in one transaction: their timestamps may coincide, their order must not change
            for (int i = 0; i < 20; i++) {
                outbox.record(TOPIC, widgetId, "org.proud2bops.test.WidgetRenamed", Map.of("name", "name " + i));
            }
            outbox.recordTombstone(TOPIC, widgetId);
        });

        var records = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(), TOPIC, r -> widgetId.equals(r.key()), 21, Duration.ofSeconds(20));

        for (int i = 0; i < 20; i++) {
            assertThat(records.get(i).value()).contains("\"name " + i + "\"");
        }
        assertThat(records.get(20).value()).isNull();
        assertThat(records.get(20).headers().toArray()).isEmpty();
    }
}
