package org.proud2bops.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventEventsTest {

    @ParameterizedTest(name = "{0} -> {1}, changed {2}: {3}")
    @CsvSource(
            nullValues = "none",
            value = {
                "none, DRAFT, true, none",
                "none, PUBLISHED, true, org.proud2bops.events.EventPublished",
                "none, CANCELLED, true, none",
                "DRAFT, DRAFT, true, none",
                "DRAFT, DRAFT, false, none",
                "DRAFT, PUBLISHED, true, org.proud2bops.events.EventPublished",
                "DRAFT, CANCELLED, true, none",
                "PUBLISHED, PUBLISHED, true, org.proud2bops.events.EventUpdated",
                "PUBLISHED, PUBLISHED, false, none",
                "PUBLISHED, DRAFT, true, org.proud2bops.events.EventUpdated",
                "PUBLISHED, CANCELLED, true, org.proud2bops.events.EventCancelled",
                "CANCELLED, CANCELLED, true, none",
                "CANCELLED, DRAFT, true, none",
                "CANCELLED, PUBLISHED, true, org.proud2bops.events.EventPublished",
                "PUBLISHED, COMPLETED, true, org.proud2bops.events.EventCompleted",
                "COMPLETED, COMPLETED, true, org.proud2bops.events.EventUpdated",
                "COMPLETED, COMPLETED, false, none",
            })
    void onlyWhatThePublicSeesOfAnEventIsPublished(
            EventStatus before, EventStatus after, boolean changed, String fact) {
        assertThat(EventEvents.factFor(before, after, changed).orElse(null)).isEqualTo(fact);
    }
}
