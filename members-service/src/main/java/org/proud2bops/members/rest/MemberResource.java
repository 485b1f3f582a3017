package org.proud2bops.members.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.members.domain.Member;
import org.proud2bops.members.domain.Region;
import org.proud2bops.members.service.MemberService;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.problem.Problems;

@Path("/api/members")
@Tag(name = "Members", description = "People in the network")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class MemberResource {

    private final MemberService memberService;
    private final IdempotentRequests idempotentRequests;

    public MemberResource(MemberService memberService, IdempotentRequests idempotentRequests) {
        this.memberService = memberService;
        this.idempotentRequests = idempotentRequests;
    }

    @POST
    @Operation(summary = "Register a member", description = "Creates a member and publishes MemberJoined. "
            + "Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag name the new member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class)))
    public RestResponse<MemberResponse> registerMember(
            @Parameter(description = "Makes a retry return the first outcome") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull MemberRequest request,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute("registerMember", idempotencyKey, request, MemberResponse.class, () -> {
            Member member = memberService.register(request.toNewMember());
            return RestResponse.ResponseBuilder.<MemberResponse>created(uriInfo.getAbsolutePathBuilder().path(member.id.toString()).build())
                    .tag(VersionTags.tagOf(member.version))
                    .entity(MemberResponse.of(member))
                    .build();
        });
    }

    @GET
    @Path("/{memberId}")
    @Operation(summary = "Get a member", description = "Carries an ETag; If-None-Match gives 304 when unchanged.")
    public RestResponse<MemberResponse> getMember(@PathParam("memberId") UUID memberId, @Context Request request) {
        Member member = memberService.find(memberId).orElseThrow(() -> Problems.notFound("Member", memberId));
        return VersionTags.conditionalRead(request, member.version, MemberResponse.of(member));
    }

    @GET
    @Operation(summary = "List members", description = "Sorted by family name, then given name; paged.")
    public RestResponse<PageResponse<MemberResponse>> listMembers(@QueryParam("region") Region region, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponse.of(memberService.list(region), page, MemberResponse::of).toResponse(uriInfo);
    }

    @PATCH
    @Path("/{memberId}")
    @Operation(summary = "Update a member", description = "Changes the fields sent. Requires If-Match with the "
            + "ETag you read: 428 without it, 412 when the member changed since. Publishes MemberUpdated.")
    public RestResponse<MemberResponse> updateMember(@PathParam("memberId") UUID memberId, @Valid @NotNull MemberPatchRequest patch,
            @Context HttpHeaders headers) {
        long expectedVersion = VersionTags.requiredVersion(headers);
        Member member = memberService.update(memberId, expectedVersion, patch.toChanges())
                .orElseThrow(() -> Problems.notFound("Member", memberId));
        return VersionTags.updated(member.version, MemberResponse.of(member));
    }
}
