package org.proud2bops.events.bulk;

import java.util.List;

/** A batch with the outcomes of the rows applied so far, in the batch's order. */
public record BatchJob(RegistrationBatch batch, List<BatchReport.BatchRowOutcome> outcomes) {}
