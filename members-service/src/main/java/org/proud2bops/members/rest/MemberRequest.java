package org.proud2bops.members.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.domain.Region;
import org.proud2bops.members.service.NewMember;

@Schema(name = "MemberRequest", description = "A new member of the network")
public record MemberRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) String jobTitle,
        @NotNull Region region,
        @Schema(description = "Whether other members and regional networks may find this member; default false")
        Boolean directoryVisible) {

    NewMember toNewMember() {
        return new NewMember(givenName, familyName, email, jobTitle, region, Boolean.TRUE.equals(directoryVisible));
    }
}
