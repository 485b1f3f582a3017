package org.proud2bops.members.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.domain.Region;
import org.proud2bops.members.service.MemberChanges;

@Schema(name = "MemberPatchRequest", description = "Fields to change; omitted fields keep their value")
public record MemberPatchRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String givenName,
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String familyName,
        @Size(max = 200) String jobTitle,
        Region region,
        @Schema(description = "Whether other members and regional networks may find this member") Boolean directoryVisible) {

    MemberChanges toChanges() {
        return new MemberChanges(givenName, familyName, jobTitle, region, directoryVisible);
    }
}
