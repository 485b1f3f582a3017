package org.proud2bops.events.session;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.PublicLinks;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

@Path("/api/events")
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionBookingResource {

    private static final String WHO_MAY = "Who may: the attending member; events admins and admins; a network lead, "
            + "for events hosted by a network they lead; a regional network's client, for events hosted in its region. "
            + "Anyone else gets 404, as if the registration did not exist.";

    private final SessionBookings bookings;
    private final Caller caller;
    private final IdempotentRequests idempotentRequests;

    public SessionBookingResource(SessionBookings bookings, Caller caller, IdempotentRequests idempotentRequests) {
        this.bookings = bookings;
        this.caller = caller;
        this.idempotentRequests = idempotentRequests;
    }

    @POST
    @Path("/{eventId}/registrations/{registrationId}/sessions")
    @Authenticated
    @Operation(
            summary = "Book a session",
            description = "Books one of the event's sessions inside a confirmed registration: a place while one is "
                    + "left (201, status CONFIRMED), otherwise a place in the session's line (201, status WAITLISTED "
                    + "and position; the first in line gets the next place freed). A session of another event is 409 "
                    + "session-other-event; one at the same time as another the registration holds or waits for is "
                    + "409 sessions-overlap, unless the event's session settings allow overlapping sessions; one "
                    + "already booked is 409 already-registered; a registration not confirmed is 409 "
                    + "transition-not-allowed; a session that started or an event not published is 409 "
                    + "registration-closed. Send an Idempotency-Key to make retries safe. " + WHO_MAY)
    @APIResponse(
            responseCode = "201",
            description = "Booked (CONFIRMED) or in the session's line (WAITLISTED); Location names the booking",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionBookingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such registration visible to you, or no such session")
    @Extension(
            name = ProblemTypes.EXTENSION,
            value = "session-other-event, sessions-overlap, already-registered, transition-not-allowed, "
                    + "registration-closed")
    public RestResponse<SessionBookingResponse> bookSession(
            @PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId,
            @Parameter(description = "Makes a retry return the first outcome") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull SessionBookingRequest request,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(
                "bookSession:" + registrationId, idempotencyKey, request, SessionBookingResponse.class, () -> {
                    SessionBooking booking = bookings.book(caller, eventId, registrationId, request.sessionId());
                    return RestResponse.ResponseBuilder.<SessionBookingResponse>created(PublicLinks.builderFor(uriInfo)
                                    .path(booking.session.id.toString())
                                    .build())
                            .entity(SessionBookingResponse.of(booking))
                            .build();
                });
    }

    @GET
    @Path("/{eventId}/registrations/{registrationId}/sessions")
    @Authenticated
    @Operation(
            summary = "List a registration's session bookings",
            description = "Its places at sessions, places in sessions' lines (with the position) and bookings given "
                    + "up, in the order of the sessions' times; paged. " + WHO_MAY)
    public RestResponse<PageResponse<SessionBookingResponse>> listSessionBookings(
            @PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponse.of(
                        bookings.ofRegistration(caller, eventId, registrationId), page, SessionBookingResponse::of)
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{eventId}/registrations/{registrationId}/sessions/{sessionId}")
    @Authenticated
    @Operation(
            summary = "Get a session booking",
            description = "The registration's booking of the session: the live one, or else the last one given up; "
                    + "with its position while WAITLISTED and the online link while CONFIRMED. Carries an ETag; "
                    + "If-None-Match gives 304 when unchanged. " + WHO_MAY)
    public RestResponse<SessionBookingResponse> getSessionBooking(
            @PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId,
            @PathParam("sessionId") UUID sessionId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        SessionBooking booking = bookings.find(caller, eventId, registrationId, sessionId)
                .orElseThrow(() -> Problems.notFound("Session booking", sessionId));
        return VersionTags.conditionalRead(ifNoneMatch, booking.version, SessionBookingResponse.of(booking));
    }

    @DELETE
    @Path("/{eventId}/registrations/{registrationId}/sessions/{sessionId}")
    @Authenticated
    @Operation(
            summary = "Give up a session booking",
            description = "Frees the place, which goes to the first in the session's line; a place in the line just "
                    + "leaves it. 404 when the registration holds no live booking of the session. " + WHO_MAY)
    @APIResponse(responseCode = "204", description = "Given up")
    public RestResponse<Void> cancelSessionBooking(
            @PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId,
            @PathParam("sessionId") UUID sessionId) {
        bookings.cancel(caller, eventId, registrationId, sessionId)
                .orElseThrow(() -> Problems.notFound("Session booking", sessionId));
        return RestResponse.noContent();
    }
}
