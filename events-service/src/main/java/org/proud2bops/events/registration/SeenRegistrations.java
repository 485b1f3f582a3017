package org.proud2bops.events.registration;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Registrations as the caller who asked for them may see them. */
public record SeenRegistrations(PanacheQuery<Registration> registrations, AttendeeView view) {}
