package org.proud2bops.events.guest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Roles;

@Path("/api/events")
@Tag(name = "Guests' data", description = "Erasing what guests (attendees who are not members) gave at registration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuestErasureResource {

    /** Longer than any token the service makes; a longer path segment is bad input, any shorter wrong one is 404. */
    private static final int MAX_TOKEN_LENGTH = 64;

    private final GuestErasureService erasures;

    public GuestErasureResource(GuestErasureService erasures) {
        this.erasures = erasures;
    }

    @DELETE
    @Path("/guest-registrations/by-token/{token}")
    @PermitAll
    @Operation(
            summary = "Erase my data as a guest",
            description = "The link a guest is given with their registration (guestErasureLink): irreversibly "
                    + "removes the name, email and organisation they gave (the registration shows \"Former guest\"), "
                    + "gives back their place at an event still to come (the first in its waiting list gets it) or takes "
                    + "them off its waiting list, and publishes GuestErased. Erasing again answers 204 and changes "
                    + "nothing. A token nobody holds is 404. Who may: anyone who holds the link, signed in or with no "
                    + "token: the token in the path is the credential.")
    @APIResponse(responseCode = "204", description = "The guest's data is erased")
    @APIResponse(responseCode = "404", description = "No registration carries this token")
    public RestResponse<Void> eraseGuestByToken(
            @Parameter(description = "The guest's erasure token, from their link")
                    @PathParam("token")
                    @NotNull
                    @Size(max = MAX_TOKEN_LENGTH)
                    String token) {
        erasures.eraseByToken(token).orElseThrow(() -> Problems.notFound("No registration carries this token"));
        return RestResponse.noContent();
    }

    @DELETE
    @Path("/{eventId}/registrations/{registrationId}/guest")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Erase a guest's data",
            description = "As the guest's own link, for a guest who asked an admin: removes the name, email and "
                    + "organisation of the registration's guest, gives back or leaves their place at an event still to "
                    + "come, and publishes GuestErased. Erasing again answers 204 and changes nothing; a member's "
                    + "registration is 404 (a member is erased through the members service). Who may: admins.")
    @APIResponse(responseCode = "204", description = "The guest's data is erased")
    @APIResponse(responseCode = "404", description = "No guest registration with this id at this event")
    public RestResponse<Void> eraseGuestOfRegistration(
            @PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        erasures.eraseRegistration(eventId, registrationId)
                .orElseThrow(() -> Problems.notFound("Guest registration", registrationId));
        return RestResponse.noContent();
    }

    @POST
    @Path("/guest-erasures")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Erase a guest's data everywhere, by email",
            description = "For a request for erasure, which names an email rather than a registration: every "
                    + "registration whose guest email is this one (case ignored), at every event, is erased as by the "
                    + "guest's own link. Answers the registrations this call erased; none when no registration holds the "
                    + "email (any more), so asking again changes nothing. Who may: admins.")
    @APIResponse(
            responseCode = "200",
            description = "Erased",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GuestErasureResponse.class)))
    public GuestErasureResponse eraseGuestByEmail(@Valid @NotNull GuestErasureRequest request) {
        return GuestErasureResponse.of(erasures.eraseByEmail(request.email()));
    }
}
