package org.proud2bops.members.member;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.proud2bops.members.organisation.OrganisationType;

/** The query parameters that pick and order members, shared by listing, directory search and export. */
public class MemberFilterParameters {

    @QueryParam("region")
    @Parameter(description = "Only members of this region")
    public Region region;

    @QueryParam("network")
    @Size(max = 80)
    @Parameter(description = "Only members of the network with this slug")
    public String network;

    @QueryParam("organisationType")
    @Parameter(description = "Only members whose organisation is of this type")
    public OrganisationType organisationType;

    @QueryParam("organisation")
    @Size(max = 10)
    @Pattern(regexp = "[A-Za-z0-9]+", message = "must be an ODS code: letters and digits")
    @Parameter(description = "Only members of the organisation with this ODS code")
    public String organisation;

    @QueryParam("status")
    @Parameter(description = "Only members with this status (the directory shows active members only)")
    public MemberStatus status;

    @QueryParam("roleLevel")
    @Parameter(description = "Only members at this role level")
    public RoleLevel roleLevel;

    @QueryParam("q")
    @Size(max = 100)
    @Parameter(description = "Words to find in name, job title or organisation; parts of words match, in any order")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "NAME (default), JOINED (newest first) or RELEVANCE (best match to q first)")
    public MemberSort sort;

    public MemberFilter toFilter() {
        return new MemberFilter(region, network, organisationType, organisation, status, roleLevel, q, false, sort);
    }
}
