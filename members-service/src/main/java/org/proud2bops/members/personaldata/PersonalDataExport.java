package org.proud2bops.members.personaldata;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.advisory.AdvisoryApplicationResponse;
import org.proud2bops.members.lifecycle.StatusChangeResponse;
import org.proud2bops.members.member.MemberResponse;

@Schema(
        name = "PersonalDataExport",
        requiredProperties = {"exportedAt", "member", "statusHistory", "networkMemberships", "advisoryApplications"},
        description = "Everything the members service holds about one person")
public record PersonalDataExport(
        Instant exportedAt,
        MemberResponse member,
        List<StatusChangeResponse> statusHistory,
        List<NetworkMembershipEntry> networkMemberships,
        List<AdvisoryApplicationResponse> advisoryApplications) {

    @Schema(
            name = "PersonalDataNetworkMembership",
            requiredProperties = {"networkSlug", "networkName", "lead", "joinedAt"})
    public record NetworkMembershipEntry(String networkSlug, String networkName, boolean lead, Instant joinedAt) {}

    static PersonalDataExport of(PersonalData data) {
        return new PersonalDataExport(
                Instant.now(),
                MemberResponse.of(data.member()),
                data.statusHistory().stream().map(StatusChangeResponse::of).toList(),
                data.networks().stream()
                        .map(entry -> new NetworkMembershipEntry(
                                entry.network().slug,
                                entry.network().name,
                                entry.membership().lead,
                                entry.membership().joinedAt))
                        .toList(),
                data.advisoryApplications().stream()
                        .map(AdvisoryApplicationResponse::of)
                        .toList());
    }
}
