package org.proud2bops.events.registration;

import java.time.Instant;
import org.proud2bops.events.event.Event;

/**
 * Every registration of a cancelled event was cancelled at {@code at}: fired synchronously in the cancelling
 * transaction, with the event's row locked and the registrations' new status already written, so observers release
 * in one pass what they held (their sessions' places), promoting nobody.
 */
public record EventRegistrationsCancelled(Event event, Instant at) {}
