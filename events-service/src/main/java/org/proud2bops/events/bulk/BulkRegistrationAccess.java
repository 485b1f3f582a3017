package org.proud2bops.events.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.platform.security.Caller;

/**
 * Who sees a batch's status and report: events admins and admins, any batch; anyone else (a regional network's client),
 * only the batches they sent. Who may send a batch is the single registration's rule ({@code RegistrationAccess}).
 */
@ApplicationScoped
public class BulkRegistrationAccess {

    private final EventAccess eventAccess;

    public BulkRegistrationAccess(EventAccess eventAccess) {
        this.eventAccess = eventAccess;
    }

    public boolean maySee(Caller caller, RegistrationBatch batch) {
        return eventAccess.runsEvents(caller)
                || (caller.subject() != null && caller.subject().equals(batch.requestedBy));
    }
}
