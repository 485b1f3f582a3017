package org.proud2bops.events.bulk;

/** Whether a batch registers its attendees, or only reports what would happen to each. */
public enum BatchMode {
    DRY_RUN,
    WRITE
}
