package org.proud2bops.members.administration;

/** Whether an import writes the members it finds valid, or only reports what it would do. */
public enum ImportMode {
    DRY_RUN,
    WRITE
}
