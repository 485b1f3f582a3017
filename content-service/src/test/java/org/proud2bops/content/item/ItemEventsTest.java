package org.proud2bops.content.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemEventsTest {

    @ParameterizedTest(name = "{0} -> {1}, content changed {2}: {3}")
    @CsvSource(
            nullValues = "none",
            value = {
                "DRAFT,     DRAFT,     true,  none",
                "DRAFT,     IN_REVIEW, false, none",
                "IN_REVIEW, SCHEDULED, false, none",
                "IN_REVIEW, PUBLISHED, false, org.proud2bops.content.ContentPublished",
                "SCHEDULED, PUBLISHED, false, org.proud2bops.content.ContentPublished",
                "SCHEDULED, DRAFT,     false, none",
                "PUBLISHED, PUBLISHED, true,  org.proud2bops.content.ContentUpdated",
                "PUBLISHED, PUBLISHED, false, none",
                "PUBLISHED, DRAFT,     false, org.proud2bops.content.ContentUnpublished",
                "PUBLISHED, ARCHIVED,  false, org.proud2bops.content.ContentUnpublished",
                "ARCHIVED,  ARCHIVED,  true,  none",
                "ARCHIVED,  DRAFT,     false, none",
            })
    void onlyWhatReadersSeeOfAnItemIsPublished(ItemStatus before, ItemStatus after, boolean changed, String fact) {
        assertThat(ItemEvents.factFor(before, after, changed).orElse(null)).isEqualTo(fact);
    }
}
