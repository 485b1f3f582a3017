package org.proud2bops.events.memberprofile;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.proud2bops.platform.inbox.UntilTheDatabaseAnswers;

/**
 * Reads {@code members.member.v1}. A tombstone (a member's key with no value, written after their erasure) is an
 * erasure too; a message that cannot be processed throws, and the channel's dead-letter strategy moves it aside so the
 * partition keeps flowing. While the database is down, the partition waits instead: no fact (an erasure least of all)
 * is lost to a dead-letter topic for a reason that is not the message's.
 */
@ApplicationScoped
public class MemberEventsConsumer {

    private final MemberProfileService projection;

    public MemberEventsConsumer(MemberProfileService projection) {
        this.projection = projection;
    }

    @Incoming("member-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        UntilTheDatabaseAnswers.applyRecord(record, projection::apply, projection::applyTombstone);
    }
}
