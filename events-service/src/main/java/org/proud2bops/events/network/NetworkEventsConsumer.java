package org.proud2bops.events.network;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.inbox.UntilTheDatabaseAnswers;

/**
 * Reads {@code members.network.v1}. A message that cannot be processed throws, and the channel's dead-letter strategy
 * moves it aside so the partition keeps flowing; while the database is down the partition waits instead, so no fact is
 * lost to a dead-letter topic for a reason that is not the message's.
 */
@ApplicationScoped
public class NetworkEventsConsumer {

    private final NetworkService projection;

    public NetworkEventsConsumer(NetworkService projection) {
        this.projection = projection;
    }

    @Incoming("network-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            // A network's key with no value: nothing this service keeps is erased with it
            return;
        }
        IncomingCloudEvent event = IncomingCloudEvent.from(record);
        UntilTheDatabaseAnswers.apply(() -> projection.apply(event));
    }
}
