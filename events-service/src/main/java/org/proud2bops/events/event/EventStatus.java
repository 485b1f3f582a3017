package org.proud2bops.events.event;

public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
