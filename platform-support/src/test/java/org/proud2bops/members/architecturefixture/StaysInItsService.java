package org.proud2bops.members.architecturefixture;

import org.proud2bops.platform.problem.ProblemType;

/** Uses its own service and the shared library only; only ArchUnit reads it (ServiceArchitectureTest). */
public class StaysInItsService {
    MemberPass pass;
    ProblemType type;
}
