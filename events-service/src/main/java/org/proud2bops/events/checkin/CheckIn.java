package org.proud2bops.events.checkin;

import org.proud2bops.events.registration.Registration;

/** A check-in as the desk asked for it: the registration (with the first check-in time) and what this call did. */
public record CheckIn(Registration registration, CheckInOutcome outcome) {}
