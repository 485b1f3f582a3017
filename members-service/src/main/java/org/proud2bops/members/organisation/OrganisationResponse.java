package org.proud2bops.members.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.member.Region;

@Schema(
        name = "Organisation",
        examples = "{\"odsCode\":\"RX1\",\"name\":\"Nottingham University Hospitals NHS Trust\",\"type\":\"ACU"
                + "TE\",\"region\":\"MIDLANDS\"}",
        requiredProperties = {"odsCode", "name", "type", "region"})
public record OrganisationResponse(String odsCode, String name, OrganisationType type, Region region) {

    static OrganisationResponse of(Organisation organisation) {
        return new OrganisationResponse(
                organisation.odsCode, organisation.name, organisation.type, organisation.region);
    }
}
