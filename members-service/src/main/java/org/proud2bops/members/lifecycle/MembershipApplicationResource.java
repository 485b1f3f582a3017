package org.proud2bops.members.lifecycle;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberResponse;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.PublicLinks;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/members/applications")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipApplicationResource {

    private final LifecycleService lifecycle;
    private final Caller caller;

    public MembershipApplicationResource(LifecycleService lifecycle, Caller caller) {
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Operation(
            summary = "Apply to join",
            description = "Creates your member record with status APPLIED, linked to "
                    + "your sign-in and the verified email of your token, and records your acceptance of the privacy notice. "
                    + "An admin or a lead of your regional or trust network approves or declines it. Applying again after a "
                    + "decline or after leaving reopens your record; applying while a member or applicant is 409. "
                    + "Who may: anyone signed in with a verified email.")
    @APIResponse(
            responseCode = "201",
            description = "Applied; GET /api/members/me shows the record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = "transition-not-allowed, already-exists")
    public RestResponse<MemberResponse> applyForMembership(@Valid @NotNull MembershipApplicationRequest application) {
        Member member = lifecycle.apply(caller, application.toNewMember());
        return RestResponse.ResponseBuilder.<MemberResponse>created(
                        PublicLinks.root().path("/api/members/me").build())
                .tag(VersionTags.tagOf(member.version))
                .entity(MemberResponse.of(member))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "List applications waiting for a decision",
            description = "Oldest first, paged; decide one "
                    + "with POST /api/members/{memberId}/status-changes. Who may: admins, all; a network lead, those under a "
                    + "network they lead (the regional network of the applicant's region or the trust network of their "
                    + "organisation).")
    public RestResponse<PageResponse<MemberResponse>> listMembershipApplications(
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponse.of(lifecycle.applications(caller), page, MemberResponse::of)
                .toResponse(uriInfo);
    }
}
