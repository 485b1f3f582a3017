package org.proud2bops.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "CONFIRMED, CANCELLED, true",
        "CONFIRMED, CONFIRMED, false",
        "CANCELLED, CONFIRMED, false",
        "CANCELLED, CANCELLED, false",
        "CANCELLED, WAITLISTED, false",
        "CONFIRMED, WAITLISTED, false",
        "WAITLISTED, CONFIRMED, true",
        "WAITLISTED, CANCELLED, true",
        "WAITLISTED, WAITLISTED, false",
    })
    void aConfirmedPlaceMayBeCancelledAWaitlistedOneConfirmedOrCancelledAndACancelledOneStaysCancelled(
            RegistrationStatus from, RegistrationStatus to, boolean allowed) {
        assertThat(from.next().contains(to)).isEqualTo(allowed);
    }
}
