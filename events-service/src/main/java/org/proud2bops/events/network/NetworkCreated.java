package org.proud2bops.events.network;

import java.time.Instant;

/** This service's copy of the members service's NetworkCreated payload. */
public record NetworkCreated(
        String slug, String name, NetworkKind kind, String region, String organisationOdsCode, Instant createdAt) {}
