package org.proud2bops.members.lifecycle;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.security.Caller;

@Path("/api/members/{memberId}/status-changes")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberStatusResource {

    private final LifecycleService lifecycle;
    private final Caller caller;

    public MemberStatusResource(LifecycleService lifecycle, Caller caller) {
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Operation(
            summary = "Change a member's status",
            description = "Approves or declines an application, or moves a "
                    + "member through lapsed, suspended, left and back to active. A step the lifecycle does not allow is 409 "
                    + "(naming the possible ones); declining needs a reason. Records who and when; publishes "
                    + "MemberStatusChanged (and MemberJoined on first approval). Who may: admins, any step; a network lead, "
                    + "approve or decline applications under a network they lead; the member themself, leave. Anyone else "
                    + "gets 404 (or 403 when they may see the member).")
    @APIResponse(
            responseCode = "200",
            description = "The member after the change; the new ETag is in the header",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberResponse.class)),
            headers = @Header(name = "ETag", description = "The member's new version", required = true))
    @Extension(name = ProblemTypes.EXTENSION, value = "transition-not-allowed")
    public RestResponse<MemberResponse> changeMemberStatus(
            @PathParam("memberId") UUID memberId, @Valid @NotNull StatusChangeRequest request) {
        Member changed = lifecycle.changeStatus(caller, memberId, request.status(), request.reason());
        return VersionTags.updated(changed.version, MemberResponse.of(changed));
    }

    @GET
    @Authenticated
    @Operation(
            summary = "List a member's status history",
            description = "Every status the member has had, oldest "
                    + "first, with who changed it and when. Who may: admins; the member themself; a network lead for an "
                    + "application they may decide. Anyone else gets 404.")
    public List<StatusChangeResponse> listMemberStatusChanges(@PathParam("memberId") UUID memberId) {
        return lifecycle.history(caller, memberId).stream()
                .map(StatusChangeResponse::of)
                .toList();
    }
}
