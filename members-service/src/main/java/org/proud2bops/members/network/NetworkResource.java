package org.proud2bops.members.network;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.members.member.DirectoryEntry;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.PublicLinks;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/networks")
@Tag(
        name = "Networks",
        description = "The national network, the seven regional networks and trust-level Proud2bOps@ networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NetworkResource {

    private final NetworkService networkService;
    private final Caller caller;

    public NetworkResource(NetworkService networkService, Caller caller) {
        this.networkService = networkService;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List networks",
            description =
                    "National first, then regional, then trust-level; paged. " + "Who may: anyone; no token needed.")
    public RestResponse<PageResponse<NetworkResponse>> listNetworks(
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponse.of(networkService.list(), page, NetworkResponse::of).toResponse(uriInfo);
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    @Operation(summary = "Get a network", description = "Who may: anyone; no token needed.")
    public NetworkResponse getNetwork(@PathParam("slug") @Size(max = 80) String slug) {
        return networkService.find(slug).map(NetworkResponse::of).orElseThrow(() -> Problems.notFound("Network", slug));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Create a trust-level network",
            description = "Creates Proud2bOps@<organisation> in the "
                    + "organisation's region and publishes NetworkCreated. 400 for an unknown ODS code, 409 when the "
                    + "organisation already has one. Who may: admins.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the network",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NetworkResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = "already-exists")
    public RestResponse<NetworkResponse> createTrustNetwork(
            @Valid @NotNull TrustNetworkRequest request, @Context UriInfo uriInfo) {
        Network network = networkService.createTrustNetwork(request.odsCode());
        return RestResponse.ResponseBuilder.<NetworkResponse>created(
                        PublicLinks.builderFor(uriInfo).path(network.slug).build())
                .entity(NetworkResponse.of(network))
                .build();
    }

    @GET
    @Path("/{slug}/members")
    @Authenticated
    @Operation(
            summary = "List a network's members",
            description = "Directory entries in family-name order; paged. "
                    + "Admins see every member of it; everyone else, the active members who opted into the directory. "
                    + "Who may: admins; active members (leads included), events admins and content editors; a regional "
                    + "network's client, networks of its own region only (403 otherwise).")
    public RestResponse<PageResponse<DirectoryEntry>> listNetworkMembers(
            @PathParam("slug") @Size(max = 80) String slug,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponse.of(networkService.members(caller, slug), page, DirectoryEntry::of)
                .toResponse(uriInfo);
    }

    @PUT
    @Path("/{slug}/members/{memberId}")
    @Authenticated
    @Operation(
            summary = "Join a network",
            description = "Adds the member; doing it again changes nothing. "
                    + "Publishes NetworkMembershipChanged (JOINED). Who may: an active member, for themselves; admins and the "
                    + "network's leads for anyone. Anyone else gets 404.")
    public NetworkMembershipResponse joinNetwork(
            @PathParam("slug") @Size(max = 80) String slug, @PathParam("memberId") UUID memberId) {
        return NetworkMembershipResponse.of(networkService.join(caller, slug, memberId));
    }

    @DELETE
    @Path("/{slug}/members/{memberId}")
    @Authenticated
    @Operation(
            summary = "Leave a network",
            description = "Publishes NetworkMembershipChanged (LEFT). Who may: an "
                    + "active member, for themselves; admins and the network's leads for anyone. Anyone else gets 404.")
    @APIResponse(responseCode = "204", description = "The member no longer belongs to the network")
    public void leaveNetwork(@PathParam("slug") @Size(max = 80) String slug, @PathParam("memberId") UUID memberId) {
        networkService.leave(caller, slug, memberId);
    }

    @PUT
    @Path("/{slug}/leads/{memberId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Appoint a lead",
            description =
                    "Makes a member of the network one of its leads (their "
                            + "token also needs the network-lead role). 404 when they do not belong to the network. Who may: admins.")
    public NetworkMembershipResponse appointLead(
            @PathParam("slug") @Size(max = 80) String slug, @PathParam("memberId") UUID memberId) {
        return NetworkMembershipResponse.of(networkService.appointLead(slug, memberId));
    }

    @DELETE
    @Path("/{slug}/leads/{memberId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Stand a lead down", description = "The member stays in the network. Who may: admins.")
    @APIResponse(responseCode = "204", description = "No longer a lead")
    public void standLeadDown(@PathParam("slug") @Size(max = 80) String slug, @PathParam("memberId") UUID memberId) {
        networkService.standLeadDown(slug, memberId);
    }
}
