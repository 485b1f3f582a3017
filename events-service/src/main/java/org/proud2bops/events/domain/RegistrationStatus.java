package org.proud2bops.events.domain;

public enum RegistrationStatus {
    CONFIRMED,
    CANCELLED
}
