package org.proud2bops.content.item;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Publishes scheduled items when their time comes. The job reads what is due from the database, so items whose time
 * passed while the service was down are published on its first run after a restart; with several instances each item
 * is taken by one of them ({@link ContentItemRepository#claimDue}).
 */
@ApplicationScoped
public class ScheduledPublishing {

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class);

    private final ItemService items;

    public ScheduledPublishing(ItemService items) {
        this.items = items;
    }

    @Scheduled(every = "${content.publishing.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void publishDueItems() {
        int published;
        do {
            published = items.publishDue();
            if (published > 0) {
                LOG.infof("Published %d scheduled item(s)", published);
            }
        } while (published == ItemService.PUBLISHING_BATCH);
    }
}
