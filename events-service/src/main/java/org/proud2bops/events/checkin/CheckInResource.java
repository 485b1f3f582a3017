package org.proud2bops.events.checkin;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/events")
@Tag(
        name = "Check-in",
        description = "The door: attendees' check-in codes and their QR images, the desk's scans and look-ups, "
                + "attendance and no-shows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckInResource {

    static final String PNG = "image/png";

    /** The network leads' part of a desk operation's "Who may:" sentence. */
    static final String LEADS_OF_THE_HOST = "a network lead, for events hosted by a network they lead (another "
            + "network's event is 403, or 404 while not published).";

    private final CheckInService checkIns;
    private final Caller caller;

    public CheckInResource(CheckInService checkIns, Caller caller) {
        this.checkIns = checkIns;
        this.caller = caller;
    }

    @POST
    @Path("/{eventId}/check-ins")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Check in a scanned code",
            description = "Checks in the holder of a check-in code at the desk. Idempotent: the first scan answers "
                    + "outcome CHECKED_IN with the time, every later one ALREADY_CHECKED_IN with that first time and "
                    + "changes nothing (both 200). A code nobody holds is 404; a code of another event "
                    + "(check-in-other-event) or of a cancelled or waitlisted place or an unpublished event "
                    + "(check-in-refused) is 409, and so is a first check-in outside the desk's hours, from a day "
                    + "before the event starts until it ends (outside-deadline). Who may: events admins and admins; "
                    + LEADS_OF_THE_HOST)
    @APIResponse(
            responseCode = "200",
            description = "Checked in now, or already (outcome says which)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckInResponse.class)))
    @APIResponse(responseCode = "404", description = "No such event, or no registration holds this code")
    @Extension(name = ProblemTypes.EXTENSION, value = "check-in-other-event, check-in-refused, outside-deadline")
    public CheckInResponse checkInByCode(@PathParam("eventId") UUID eventId, @NotNull @Valid CheckInRequest request) {
        return checkIns.checkInByCode(caller, eventId, request.code());
    }

    @POST
    @Path("/{eventId}/registrations/{registrationId}/check-in")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Check in a registration",
            description = "Checks in an attendee the desk looked up (by name or email) without their code. "
                    + "Idempotent like a scan: CHECKED_IN the first time, ALREADY_CHECKED_IN with the first time "
                    + "after. A cancelled or waitlisted place is 409 check-in-refused; outside the desk's hours "
                    + "409 outside-deadline. Who may: events admins and admins; " + LEADS_OF_THE_HOST)
    @APIResponse(
            responseCode = "200",
            description = "Checked in now, or already (outcome says which)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckInResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = "check-in-refused, outside-deadline")
    public CheckInResponse checkInRegistration(
            @PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        return checkIns.checkInRegistration(caller, eventId, registrationId);
    }

    @GET
    @Path("/{eventId}/check-ins/attendees")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Find attendees at the desk",
            description = "The event's confirmed attendees whose name (a member's or a guest's) or guest email "
                    + "contains q, ignoring case, each with their attendance (CHECKED_IN, EXPECTED, or NO_SHOW once the "
                    + "event ended); every confirmed attendee without q; in the order places were taken; paged. "
                    + "A member's email is not held by this service, so members are found by name. "
                    + "Who may: events admins and admins; " + LEADS_OF_THE_HOST)
    public RestResponse<PageResponse<DeskAttendeeResponse>> findDeskAttendees(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = "Part of a name or guest email, e.g. \"lee\" or \"@nhs.example\"")
                    @QueryParam("q")
                    @Size(max = 200)
                    String q,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        DeskAttendees found = checkIns.attendees(caller, eventId, q);
        return PageResponse.of(
                        found.registrations(),
                        found.total(),
                        page,
                        registration -> DeskAttendeeResponse.of(registration, found.now()))
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{eventId}/attendance")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Get an event's attendance",
            description = "Confirmed places, how many of them checked in, and (once the event has ended) the no-shows: "
                    + "confirmed attendees never checked in. Derived from the check-ins and the event's end, so it "
                    + "is always current. Per event; per session: GET /api/events/{eventId}/attendance/sessions. Who may: events "
                    + "admins and "
                    + "admins; " + LEADS_OF_THE_HOST)
    @APIResponse(
            responseCode = "200",
            description = "The attendance now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventAttendanceResponse.class)))
    public EventAttendanceResponse getAttendance(@PathParam("eventId") UUID eventId) {
        return EventAttendanceResponse.of(checkIns.attendance(caller, eventId));
    }

    @GET
    @Path("/{eventId}/registrations/{registrationId}/check-in-code.png")
    @Produces(PNG)
    @Authenticated
    @Operation(
            summary = "Get a registration's check-in QR code",
            description = "The registration's check-in code as a QR code (PNG, 300 pixels square) for a badge or a "
                    + "phone; the same code is checkInCode on the registration. A cancelled or waitlisted place has "
                    + "none (409 check-in-refused). Not cached. Who may: the attending member; events admins and "
                    + "admins. A regional network's client that sees the registration gets 403; anyone else 404.")
    @APIResponse(
            responseCode = "200",
            description = "The QR code",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "private, no-store"),
            content = @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Extension(name = ProblemTypes.EXTENSION, value = "check-in-refused")
    public RestResponse<byte[]> getCheckInCodeImage(
            @PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        return RestResponse.ResponseBuilder.ok(checkIns.codeImage(caller, eventId, registrationId), PNG)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
