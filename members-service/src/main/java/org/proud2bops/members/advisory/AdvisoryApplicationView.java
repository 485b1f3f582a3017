package org.proud2bops.members.advisory;

import java.util.List;

/** An advisory group application with its documents. */
public record AdvisoryApplicationView(AdvisoryApplication application, List<AdvisoryDocument> documents) {}
