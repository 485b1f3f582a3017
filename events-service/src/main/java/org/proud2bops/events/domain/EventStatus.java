package org.proud2bops.events.domain;

public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
