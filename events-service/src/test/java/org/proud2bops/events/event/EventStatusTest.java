package org.proud2bops.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: next {2}, may become {3}")
    @CsvSource({
        "DRAFT,     DRAFT,     false, true",
        "DRAFT,     PUBLISHED, true,  true",
        "DRAFT,     CANCELLED, true,  true",
        "DRAFT,     COMPLETED, false, false",
        "PUBLISHED, DRAFT,     false, false",
        "PUBLISHED, PUBLISHED, false, true",
        "PUBLISHED, CANCELLED, true,  true",
        "PUBLISHED, COMPLETED, true,  true",
        "CANCELLED, DRAFT,     false, false",
        "CANCELLED, PUBLISHED, false, false",
        "CANCELLED, CANCELLED, false, true",
        "CANCELLED, COMPLETED, false, false",
        "COMPLETED, DRAFT,     false, false",
        "COMPLETED, PUBLISHED, false, false",
        "COMPLETED, CANCELLED, false, false",
        "COMPLETED, COMPLETED, false, true",
    })
    void aDraftIsPublishedOrCancelledAPublishedEventCancelledOrCompletedAndNothingGoesBack(
            EventStatus from, EventStatus to, boolean next, boolean mayBecome) {
        assertThat(from.next().contains(to)).isEqualTo(next);
        assertThat(from.mayBecome(to)).isEqualTo(mayBecome);
    }

    @ParameterizedTest(name = "{0}: a new event may be it {1}, the public sees it {2}")
    @CsvSource({
        "DRAFT,     true,  false",
        "PUBLISHED, true,  true",
        "CANCELLED, false, false",
        "COMPLETED, false, true",
    })
    void aNewEventIsADraftOrPublishedAndThePublicSeesPublishedAndCompletedOnes(
            EventStatus status, boolean initial, boolean isPublic) {
        assertThat(EventStatus.INITIAL.contains(status)).isEqualTo(initial);
        assertThat(EventStatus.PUBLIC.contains(status)).isEqualTo(isPublic);
    }
}
