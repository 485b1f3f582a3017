package org.proud2bops.events.registration;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.PublicLinks;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/events")
@Tag(name = "Registrations", description = "Places at events: members, guests, and regional networks' attendees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    private final RegistrationService registrations;
    private final Caller caller;
    private final IdempotentRequests idempotentRequests;

    public RegistrationResource(
            RegistrationService registrations, Caller caller, IdempotentRequests idempotentRequests) {
        this.registrations = registrations;
        this.caller = caller;
        this.idempotentRequests = idempotentRequests;
    }

    @POST
    @Path("/{eventId}/registrations")
    @RolesAllowed({Roles.MEMBER, Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.REGIONAL_NETWORK})
    @Operation(
            summary = "Register for an event",
            description = "Takes one of the event's places while registration is open: from the event's "
                    + "registrationOpensAt (before it: 409 registration-not-open-yet) until its registrationClosesAt or "
                    + "its start (after: 409 registration-closed). `answers` answers the event's questions by key: "
                    + "every required one, a CHOICE one with one of its options (otherwise 400 naming answers.<key>, "
                    + "and nothing is registered). A confirmed place shows the event's online joining link. "
                    + "When every place is taken, the person joins the event's waiting list instead (201, status WAITLISTED "
                    + "and their position; the first in line gets the next place freed). A person who already holds a place "
                    + "or waits for one, or an event that is not published (a draft, cancelled or completed), is 409. "
                    + "The event's audience decides who "
                    + "comes: a guest only at an event OPEN_TO_GUESTS (409 guests-not-admitted otherwise); at an event "
                    + "BY_INVITATION only its managers register people (403 by-invitation-only for a member registering "
                    + "themself and for a regional client). Send an "
                    + "Idempotency-Key to make retries safe. Who may: an active member, for themself (send no attendee); "
                    + "events admins and admins, any active member or a guest; a network lead, for events hosted by a "
                    + "network they lead, any active member or a guest; a regional network's client, for events hosted "
                    + "in its region (another region's event is 403), an active member of its region who opted into the "
                    + "directory (any other member is 404) or a guest.")
    @APIResponse(
            responseCode = "201",
            description = "Registered (CONFIRMED) or on the waiting list (WAITLISTED); Location names the registration",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such event, or no such member visible to you")
    @Extension(
            name = ProblemTypes.EXTENSION,
            value = "registration-closed, registration-not-open-yet, already-registered, transition-not-allowed, "
                    + "guests-not-admitted, by-invitation-only")
    public RestResponse<RegistrationResponse> register(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = "Makes a retry return the first outcome") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid RegistrationRequest request,
            @Context UriInfo uriInfo) {
        RegistrationRequest attendee = Optional.ofNullable(request).orElse(new RegistrationRequest(null, null, null));
        return idempotentRequests.execute(
                "register:" + eventId, idempotencyKey, attendee, RegistrationResponse.class, () -> {
                    SeenRegistration registration = registrations.register(caller, eventId, attendee.toChoice());
                    return RestResponse.ResponseBuilder.<RegistrationResponse>created(PublicLinks.builderFor(uriInfo)
                                    .path(registration.registration().id.toString())
                                    .build())
                            .entity(RegistrationResponse.of(registration, guestErasureLinkOf(registration)))
                            .build();
                });
    }

    /** A guest's registration answers its maker with the guest's erasure link, which exists only now; else null. */
    private static String guestErasureLinkOf(SeenRegistration registration) {
        String token = registration.registration().guestErasureToken;
        return token == null
                ? null
                : PublicLinks.root()
                        .path("api/events/guest-registrations/by-token/{token}")
                        .build(token)
                        .toString();
    }

    @GET
    @Path("/{eventId}/registrations")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.REGIONAL_NETWORK, Roles.NETWORK_LEAD})
    @Operation(
            summary = "List an event's registrations",
            description = "The attendee list, in the order registrations were "
                    + "made: confirmed and waitlisted ones (each waitlisted one with its position), cancelled ones too when "
                    + "asked, or only those in one status (status=WAITLISTED is the waiting list, next in line first); paged. "
                    + "A regional network's client sees a member attendee's id and name only while the member is "
                    + "active and in the directory. Who may: events admins and admins; a network lead, for events hosted "
                    + "by a network they lead (another network's event is 403, or 404 while not published); a regional "
                    + "network's client, for events hosted in its region (another region's event is 403).")
    public RestResponse<PageResponse<RegistrationResponse>> listEventRegistrations(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = "Also list cancelled registrations")
                    @QueryParam("includeCancelled")
                    @DefaultValue("false")
                    boolean includeCancelled,
            @Parameter(description = "Only registrations in this status (then includeCancelled does not apply)")
                    @QueryParam("status")
                    RegistrationStatus status,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        CancelledRegistrations cancelled =
                includeCancelled ? CancelledRegistrations.INCLUDED : CancelledRegistrations.LEFT_OUT;
        return page(registrations.ofEvent(caller, eventId, cancelled, status), page)
                .toResponse(uriInfo);
    }

    @GET
    @Path("/me/registrations")
    @Authenticated
    @Operation(
            summary = "List my registrations",
            description = "Your places, places on waiting lists (with "
                    + "your position) and cancelled ones, the soonest event first; paged. Empty until your membership is linked to your sign-in. Who may: anyone signed in, "
                    + "for their own registrations.")
    public RestResponse<PageResponse<RegistrationResponse>> listOwnRegistrations(
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return registrations
                .own(caller)
                .map(own -> page(own, page))
                .orElseGet(() -> PageResponse.empty(page))
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{eventId}/registrations/{registrationId}")
    @Authenticated
    @Operation(
            summary = "Get a registration",
            description = "Who may: the attending member; events admins and "
                    + "admins; a network lead, for events hosted by a network they lead; a regional network's client, "
                    + "for events hosted in its region. Anyone else gets 404, as if it did not exist.")
    public RegistrationResponse getRegistration(
            @PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        return registrations
                .find(caller, eventId, registrationId)
                .map(RegistrationResponse::of)
                .orElseThrow(() -> Problems.notFound("Registration", registrationId));
    }

    @POST
    @Path("/{eventId}/registrations/{registrationId}/cancellation")
    @Authenticated
    @Operation(
            summary = "Cancel a registration",
            description = "Frees the place, which goes to the first in the "
                    + "event's waiting list; a waitlisted registration leaves the list (nobody is promoted, no place was "
                    + "freed). Cancelling twice is 409. Who may: "
                    + "the attending member; events admins and admins; a network lead, for events hosted by a network "
                    + "they lead; a regional network's client, for events hosted in its region. Anyone else gets 404.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RegistrationResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = "transition-not-allowed")
    public RegistrationResponse cancelRegistration(
            @PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        return registrations
                .cancel(caller, eventId, registrationId)
                .map(RegistrationResponse::of)
                .orElseThrow(() -> Problems.notFound("Registration", registrationId));
    }

    private static PageResponse<RegistrationResponse> page(SeenRegistrations seen, PageRequest page) {
        return PageResponse.of(
                seen.registrations(), page, registration -> RegistrationResponse.of(registration, seen.view()));
    }
}
