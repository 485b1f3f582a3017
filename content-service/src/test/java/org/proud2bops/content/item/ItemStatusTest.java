package org.proud2bops.content.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "DRAFT,     DRAFT,     false",
        "DRAFT,     IN_REVIEW, true",
        "DRAFT,     SCHEDULED, false",
        "DRAFT,     PUBLISHED, false",
        "DRAFT,     ARCHIVED,  false",
        "IN_REVIEW, DRAFT,     true",
        "IN_REVIEW, IN_REVIEW, false",
        "IN_REVIEW, SCHEDULED, true",
        "IN_REVIEW, PUBLISHED, true",
        "IN_REVIEW, ARCHIVED,  false",
        "SCHEDULED, DRAFT,     true",
        "SCHEDULED, IN_REVIEW, false",
        "SCHEDULED, SCHEDULED, false",
        "SCHEDULED, PUBLISHED, true",
        "SCHEDULED, ARCHIVED,  false",
        "PUBLISHED, DRAFT,     true",
        "PUBLISHED, IN_REVIEW, false",
        "PUBLISHED, SCHEDULED, false",
        "PUBLISHED, PUBLISHED, false",
        "PUBLISHED, ARCHIVED,  true",
        "ARCHIVED,  DRAFT,     true",
        "ARCHIVED,  IN_REVIEW, false",
        "ARCHIVED,  SCHEDULED, false",
        "ARCHIVED,  PUBLISHED, false",
        "ARCHIVED,  ARCHIVED,  false",
    })
    void theWorkflowAllowsOnlyItsMoves(ItemStatus from, ItemStatus to, boolean allowed) {
        assertThat(from.mayMoveTo(to)).isEqualTo(allowed);
        assertThat(from.next().contains(to)).isEqualTo(allowed);
    }
}
