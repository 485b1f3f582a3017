package org.proud2bops.content.event;

/** The events service's statuses of an event; this is the content service's copy and changes only after it. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    COMPLETED
}
