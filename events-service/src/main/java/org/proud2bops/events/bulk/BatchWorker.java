package org.proud2bops.events.bulk;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Applies batches one at a time on a thread of its own: each batch once the transaction that stored it commits, and
 * on start-up every batch the service had not finished when it stopped (it goes on from the first row without a stored
 * outcome). A batch that fails (e.g. the database is down) is tried again after {@value #RETRY_SECONDS} seconds.
 */
@ApplicationScoped
public class BatchWorker {

    private static final Logger LOG = Logger.getLogger(BatchWorker.class);
    static final long RETRY_SECONDS = 5;

    private final BulkRegistrationService bulk;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread worker = new Thread(runnable, "registration-batches");
        worker.setDaemon(true);
        return worker;
    });

    public BatchWorker(BulkRegistrationService bulk) {
        this.bulk = bulk;
    }

    void onStart(@Observes StartupEvent started) {
        thread.execute(() -> bulk.unfinished().forEach(this::submit));
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) BatchQueued queued) {
        submit(queued.batchId());
    }

    /** Applies the batch on the worker's thread (after whatever it is applying now). */
    public void submit(UUID batchId) {
        thread.execute(() -> {
            try {
                bulk.process(batchId);
            } catch (RuntimeException failure) {
                LOG.warnf(failure, "Batch %s stopped; trying again in %d s", batchId, RETRY_SECONDS);
                if (!thread.isShutdown()) {
                    thread.schedule(() -> submit(batchId), RETRY_SECONDS, TimeUnit.SECONDS);
                }
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
