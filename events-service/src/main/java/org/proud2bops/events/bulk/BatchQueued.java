package org.proud2bops.events.bulk;

import java.util.UUID;

/** A batch was stored; once its transaction commits the worker starts applying it. */
record BatchQueued(UUID batchId) {}
