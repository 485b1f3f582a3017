package org.proud2bops.members.member;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Member",
        examples = "{\"id\":\"0b8e5a7c-1f0e-4d8e-9a55-3c9d1f2b7a10\",\"givenName\":\"Aisha\",\"familyName\":\""
                + "Okafor\",\"email\":\"aisha.okafor@nhs.example\",\"jobTitle\":\"General Manager, Emergency "
                + "Care\",\"roleLevel\":\"GENERAL_MANAGER\",\"organisation\":{\"odsCode\":\"RJ1\",\"name\":\""
                + "Guy's and St Thomas' NHS Foundation Trust\",\"type\":\"ACUTE\"},\"region\":\"LONDON\",\"st"
                + "atus\":\"ACTIVE\",\"directoryVisible\":true,\"communicationPreferences\":{\"newsEmails\":t"
                + "rue,\"eventEmails\":true,\"regionalNetworkEmails\":false},\"joinedAt\":\"2026-03-02T10:15:"
                + "00Z\",\"updatedAt\":\"2026-03-02T10:15:00Z\"}",
        requiredProperties = {
            "id",
            "givenName",
            "familyName",
            "email",
            "roleLevel",
            "status",
            "directoryVisible",
            "communicationPreferences",
            "updatedAt"
        })
public record MemberResponse(
        UUID id,
        String givenName,
        String familyName,
        String email,
        String jobTitle,
        RoleLevel roleLevel,
        OrganisationSummary organisation,
        Region region,
        MemberStatus status,
        boolean directoryVisible,
        CommunicationPreferencesBody communicationPreferences,
        Consent consent,

        @Schema(description = "When the member first became active; absent while applied")
        Instant joinedAt,

        Instant updatedAt) {

    @Schema(
            name = "MemberConsent",
            requiredProperties = {"privacyNoticeVersion", "acceptedAt"},
            description = "The privacy notice the member accepted, and when")
    public record Consent(String privacyNoticeVersion, Instant acceptedAt) {}

    public static MemberResponse of(Member member) {
        return new MemberResponse(
                member.id,
                member.givenName,
                member.familyName,
                member.email,
                member.jobTitle,
                member.roleLevel,
                OrganisationSummary.of(member),
                member.region,
                member.status,
                member.directoryVisible,
                CommunicationPreferencesBody.of(member.communicationPreferences),
                member.privacyNoticeVersion == null
                        ? null
                        : new Consent(member.privacyNoticeVersion, member.privacyNoticeAcceptedAt),
                member.joinedAt,
                member.updatedAt);
    }
}
