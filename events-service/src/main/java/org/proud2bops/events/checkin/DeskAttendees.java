package org.proud2bops.events.checkin;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.time.Instant;
import org.proud2bops.events.registration.Registration;

/** The confirmed attendees the desk looked up, how many there are, and the time their attendance is judged at. */
public record DeskAttendees(PanacheQuery<Registration> registrations, long total, Instant now) {}
