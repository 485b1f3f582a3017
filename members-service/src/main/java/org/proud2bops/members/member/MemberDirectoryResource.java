package org.proud2bops.members.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/members/directory")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberDirectoryResource {

    private final MemberService memberService;
    private final Caller caller;

    public MemberDirectoryResource(MemberService memberService, Caller caller) {
        this.memberService = memberService;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MEMBER, Roles.NETWORK_LEAD, Roles.EVENTS_ADMIN, Roles.CONTENT_EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Search the member directory",
            description = "Active members who opted into the directory, "
                    + "showing only what the directory shows (no email, status or preferences). Filter by region, network, "
                    + "organisation type, organisation and role level; q finds words or parts of words in name, job title and "
                    + "organisation, in any order. Paged. Who may: active members (leads included), events admins, content "
                    + "editors and admins; a person whose membership is not active is refused, whatever roles their token "
                    + "carries.")
    public RestResponse<PageResponse<DirectoryEntry>> searchDirectory(
            @Valid @BeanParam MemberFilterParameters filter,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponse.of(memberService.directory(caller, filter.toFilter()), page, DirectoryEntry::of)
                .toResponse(uriInfo);
    }
}
