package org.proud2bops.events.bulk;

/** Where a batch is: waiting for the worker, being applied, or done (its report complete). */
public enum BatchStatus {
    QUEUED,
    RUNNING,
    DONE
}
