package org.proud2bops.content.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.inbox.UntilTheDatabaseAnswers;

/**
 * Reads {@code events.event.v1} (the events' public state) and {@code events.registration.v1} (which sessions are
 * fully booked). A message that cannot be processed throws, and the channel's dead-letter strategy moves it aside so
 * the partition keeps flowing; while the database is down the partition waits instead, so no fact is lost to a
 * dead-letter topic for a reason that is not the message's.
 */
@ApplicationScoped
public class EventEventsConsumer {

    private final RelatedEventService projection;

    public EventEventsConsumer(RelatedEventService projection) {
        this.projection = projection;
    }

    @Incoming("event-events")
    @Blocking
    public void consumeEventFact(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("registration-events")
    @Blocking
    public void consumeRegistrationFact(ConsumerRecord<String, String> record) {
        apply(record);
    }

    private void apply(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            // A key with no value: the events service erases nothing content keeps
            return;
        }
        IncomingCloudEvent event = IncomingCloudEvent.from(record);
        UntilTheDatabaseAnswers.apply(() -> projection.apply(event));
    }
}
