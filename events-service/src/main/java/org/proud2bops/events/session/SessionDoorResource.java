package org.proud2bops.events.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.events.checkin.CheckInRequest;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/events")
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionDoorResource {

    private static final String WHO_MAY = "Who may: events admins and admins; a network lead, for events hosted by a "
            + "network they lead (another network's event is 403, or 404 while not published).";

    private final SessionDoor door;
    private final Caller caller;

    public SessionDoorResource(SessionDoor door, Caller caller) {
        this.door = door;
        this.caller = caller;
    }

    @POST
    @Path("/{eventId}/sessions/{sessionId}/check-ins")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Check in at a session's door",
            description = "Checks in the holder of a scanned check-in code (the registration's, as at the event's "
                    + "desk) at one session. Idempotent: the first scan answers outcome CHECKED_IN with the time, every "
                    + "later one ALREADY_CHECKED_IN with that first time and changes nothing (both 200). A code nobody "
                    + "holds is 404; a code of another event is 409 check-in-other-event; a holder without a "
                    + "confirmed booking of the session, or an unpublished event, 409 check-in-refused; a first "
                    + "check-in before the event's desk opens (a day before it starts) or after the session ended 409 "
                    + "outside-deadline. " + WHO_MAY)
    @APIResponse(
            responseCode = "200",
            description = "Checked in now, or already (outcome says which)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionCheckInResponse.class)))
    @APIResponse(responseCode = "404", description = "No such event or session, or no registration holds this code")
    @Extension(name = ProblemTypes.EXTENSION, value = "check-in-other-event, check-in-refused, outside-deadline")
    public SessionCheckInResponse checkInAtSession(
            @PathParam("eventId") UUID eventId,
            @PathParam("sessionId") UUID sessionId,
            @NotNull @Valid CheckInRequest request) {
        return door.checkIn(caller, eventId, sessionId, request.code());
    }

    @GET
    @Path("/{eventId}/attendance/sessions")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Get an event's attendance per session",
            description = "Next to the event's attendance: each session, in time order, with its confirmed bookings, "
                    + "how many of them checked in at its door and (once it has ended) the no-shows; paged. Derived "
                    + "from the check-ins and the sessions' ends, so always current. " + WHO_MAY)
    public RestResponse<PageResponse<SessionAttendanceResponse>> listSessionAttendance(
            @PathParam("eventId") UUID eventId, @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        SessionDoor.SessionAttendances found = door.attendance(caller, eventId);
        PageResponse<Session> sessions = PageResponse.of(found.sessions(), page, session -> session);
        Map<UUID, long[]> counts = door.countsOf(sessions.items());
        return new PageResponse<>(
                        sessions.items().stream()
                                .map(session -> SessionAttendanceResponse.of(
                                        session, counts.getOrDefault(session.id, new long[] {0, 0}), found.now()))
                                .toList(),
                        sessions.page(),
                        sessions.size(),
                        sessions.totalItems(),
                        sessions.totalPages())
                .toResponse(uriInfo);
    }
}
