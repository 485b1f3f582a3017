package org.proud2bops.members.member;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/members")
@Tag(name = "Members", description = "People in the network")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class MemberResource {

    private final MemberService memberService;
    private final Caller caller;
    private final IdempotentRequests idempotentRequests;

    public MemberResource(MemberService memberService, Caller caller, IdempotentRequests idempotentRequests) {
        this.memberService = memberService;
        this.caller = caller;
        this.idempotentRequests = idempotentRequests;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Register a member",
            description = "Creates a member and publishes MemberJoined. "
                    + "Send an Idempotency-Key to make retries safe. Who may: admins.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location and ETag name the new member",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberResponse.class)))
    public RestResponse<MemberResponse> registerMember(
            @Parameter(description = "Makes a retry return the first outcome") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull MemberRequest request,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute("registerMember", idempotencyKey, request, MemberResponse.class, () -> {
            Member member = memberService.register(request.toNewMember(), caller.subject());
            return VersionTags.created(uriInfo, member.id, member.version, MemberResponse.of(member));
        });
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(
            summary = "Get my member record",
            description = "The member record linked to your token's subject; "
                    + "on first sign-in, the record with your verified email is linked to it. 404 when you are not a member. "
                    + "Who may: anyone signed in, for their own record.")
    @APIResponse(
            responseCode = "200",
            description = "Your member record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberResponse.class)))
    @APIResponse(responseCode = "404", description = "No member record is linked to your sign-in")
    public RestResponse<MemberResponse> getOwnMember(
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        Member member = memberService.ownMember(caller);
        return VersionTags.conditionalRead(ifNoneMatch, member.version, MemberResponse.of(member));
    }

    @PATCH
    @Path("/me")
    @Authenticated
    @Operation(
            summary = "Update my member record",
            description = "Changes the fields sent. Requires If-Match with "
                    + "the ETag you read: 428 without it, 412 when it changed since. Publishes MemberUpdated. "
                    + "Who may: anyone signed in, for their own record.")
    @APIResponse(
            responseCode = "200",
            description = "Updated; the new ETag is in the header",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberResponse.class)))
    @APIResponse(responseCode = "404", description = "No member record is linked to your sign-in")
    public RestResponse<MemberResponse> updateOwnMember(
            @Valid @NotNull MemberPatchRequest patch,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        Member member = memberService.updateOwn(caller, () -> VersionTags.requiredVersion(ifMatch), patch.toChanges());
        return VersionTags.updated(member.version, MemberResponse.of(member));
    }

    @GET
    @Path("/{memberId}")
    @Authenticated
    @Operation(
            summary = "Get a member",
            description = "Carries an ETag; If-None-Match gives 304 when unchanged. "
                    + "Who may: admins; the member themself; a network lead, an applicant under a network they lead; a "
                    + "regional network's client, active members of its region who opted into the directory. Anyone else "
                    + "gets 404, as if the member did not exist.")
    public RestResponse<MemberResponse> getMember(
            @PathParam("memberId") UUID memberId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        Member member = memberService.find(caller, memberId).orElseThrow(() -> Problems.notFound("Member", memberId));
        return VersionTags.conditionalRead(ifNoneMatch, member.version, MemberResponse.of(member));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.REGIONAL_NETWORK})
    @Operation(
            summary = "List members",
            description =
                    "Filtered, sorted (by name unless asked otherwise) and paged. "
                            + "Who may: admins, every record in any status; a regional network's client, active members of its own "
                            + "region who opted into the directory (asking for another region is 403). Anyone else is refused (403).")
    public RestResponse<PageResponse<MemberResponse>> listMembers(
            @Valid @BeanParam MemberFilterParameters filter,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponse.of(memberService.list(caller, filter.toFilter()), page, MemberResponse::of)
                .toResponse(uriInfo);
    }

    @PATCH
    @Path("/{memberId}")
    @Authenticated
    @Operation(
            summary = "Update a member",
            description = "Changes the fields sent. Requires If-Match with the "
                    + "ETag you read: 428 without it, 412 when the member changed since. Publishes MemberUpdated. "
                    + "Who may: admins; the member themself. Anyone else gets 404.")
    public RestResponse<MemberResponse> updateMember(
            @PathParam("memberId") UUID memberId,
            @Valid @NotNull MemberPatchRequest patch,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        Member member = memberService
                .update(caller, memberId, () -> VersionTags.requiredVersion(ifMatch), patch.toChanges())
                .orElseThrow(() -> Problems.notFound("Member", memberId));
        return VersionTags.updated(member.version, MemberResponse.of(member));
    }
}
