package org.proud2bops.members.administration;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts for dashboards. Region, organisation type and month joined count active members; by status counts every
 * record that is not erased. Every region, type and status is present, with zero where there is nobody.
 */
@Schema(
        name = "MemberFigures",
        requiredProperties = {"activeMembers", "byRegion", "byOrganisationType", "byStatus", "joinedByMonth"})
public record MemberFigures(
        long activeMembers,
        Map<String, Long> byRegion,
        Map<String, Long> byOrganisationType,
        Map<String, Long> byStatus,
        Map<String, Long> joinedByMonth) {}
