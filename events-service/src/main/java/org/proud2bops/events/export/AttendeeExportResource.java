package org.proud2bops.events.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.Downloads;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/events")
@Tag(name = "Exports", description = "Attendee lists as files for the people who run events")
public class AttendeeExportResource {

    static final String TEXT_CSV = "text/csv";

    private static final String EXAMPLE = "registrationId,status,registeredAt,attendeeKind,name,email,organisation,"
            + "registeredBy,registeredAs,answer.dietary,answer.access\r\n9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d,CONFIRMED,"
            + "2026-11-29T12:00:00Z,guest,Dr Kim Lee,kim.lee@nhs.example,Royal Example Hospital,events-admin-1,ADMIN,"
            + "Vegetarian,Step-free access\r\n";

    private final AttendeeExportService exports;
    private final Caller caller;

    public AttendeeExportResource(AttendeeExportService exports, Caller caller) {
        this.exports = exports;
        this.caller = caller;
    }

    @GET
    @Path("/{eventId}/registrations/export")
    @Produces(TEXT_CSV)
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Export an event's attendee list as CSV",
            description = "The event's registrations in the order they were "
                    + "made (confirmed and waitlisted ones; cancelled ones too with `includeCancelled`), one row each under a "
                    + "header row: "
                    + "registrationId, status, registeredAt, attendeeKind (member or guest), name, email, organisation, "
                    + "registeredBy (the token subject that registered them), registeredAs, then one column per "
                    + "registration question of the event, answer.<key>, with the attendee's answer (empty when none "
                    + "or erased). A guest's email and "
                    + "organisation are what the guest gave; for a member this service knows only the display name, so "
                    + "their email and organisation are empty. A cell that a spreadsheet would take for a formula starts "
                    + "with an apostrophe. The file is streamed as it is read. Who may: events admins and admins; a "
                    + "network lead, for events hosted by a network they lead (another network's event is 403, or "
                    + "404 while not published).")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file (UTF-8)",
            content =
                    @Content(
                            mediaType = TEXT_CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "attendees", value = EXAMPLE)),
            headers =
                    @Header(
                            name = HttpHeaders.CONTENT_DISPOSITION,
                            description = "attachment, with a file name the server chooses",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> exportEventAttendees(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = "Also export cancelled registrations")
                    @QueryParam("includeCancelled")
                    @DefaultValue("false")
                    boolean includeCancelled) {
        AttendeeExport export = exports.export(caller, eventId, includeCancelled);
        return Downloads.attachment(export.body(), TEXT_CSV + "; charset=utf-8", export.fileName());
    }
}
