package org.proud2bops.events.event;

import java.time.Instant;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

/**
 * When an event takes registrations: while it is PUBLISHED, from its registration opening time (if it has one) until
 * its closing time (or its start when it has none). Every path that registers someone (a member themself, an admin,
 * a regional client, a batch) asks this with the time now from the service's clock.
 */
public final class RegistrationWindow {

    private RegistrationWindow() {}

    /** 409 registration-closed or registration-not-open-yet unless the event takes registrations at {@code now}. */
    public static void requireOpen(Event event, Instant now) {
        if (event.status != EventStatus.PUBLISHED) {
            throw Problems.of(
                    ProblemType.REGISTRATION_CLOSED, "The event is " + event.status + ", not open for registration");
        }
        if (event.registrationOpensAt != null && now.isBefore(event.registrationOpensAt)) {
            throw Problems.of(
                    ProblemType.REGISTRATION_NOT_OPEN_YET, "Registration opens at " + event.registrationOpensAt);
        }
        Instant closes = event.registrationClosesAtOrStart();
        if (!closes.isAfter(now)) {
            throw Problems.of(
                    ProblemType.REGISTRATION_CLOSED,
                    event.registrationClosesAt != null
                            ? "Registration closed at " + closes
                            : "Registration closed when the event started at " + closes);
        }
    }

    /**
     * The window an events admin sets, checked against the event's times: it closes no later than the start and opens
     * before it closes (a validation problem naming the field otherwise).
     */
    static void check(Instant opensAt, Instant closesAt, Instant startsAt) {
        if (closesAt != null && closesAt.isAfter(startsAt)) {
            throw Problems.badRequest("registrationClosesAt must be no later than startsAt", "registrationClosesAt");
        }
        Instant closes = closesAt != null ? closesAt : startsAt;
        if (opensAt != null && !opensAt.isBefore(closes)) {
            throw Problems.badRequest(
                    "registrationOpensAt must be before registration closes (registrationClosesAt, or startsAt)",
                    "registrationOpensAt");
        }
    }
}
