package org.proud2bops.events.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.events.event.EventKind;
import org.proud2bops.events.event.Region;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

@Path("/api/events")
@Tag(name = "Calendars", description = "Events as iCalendar (RFC 5545) files and feeds for calendar applications")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";
    /** A calendar application polls a feed; five minutes old is fresh enough, and it revalidates with the ETag. */
    static final String SHARED_CACHING = "public, max-age=300";
    /** A draft or cancelled event's file is for the events admin who asked, never for a shared cache. */
    static final String PRIVATE_CACHING = "private, no-cache";

    private static final String EXAMPLE = "BEGIN:VCALENDAR\r\nPRODID:-//Proud2bOps//Events//EN\r\nVERSION:2.0\r\n"
            + "CALSCALE:GREGORIAN\r\nBEGIN:VEVENT\r\nUID:5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11@proud2bops.org\r\n"
            + "DTSTAMP:20261129T120000Z\r\nDTSTART:20271107T090000Z\r\nDTEND:20271107T170000Z\r\n"
            + "SUMMARY:NHS Executive Strategy Summit\r\nDESCRIPTION:A day for operational leaders\r\n"
            + "SEQUENCE:3\r\nSTATUS:CONFIRMED\r\nLOCATION:Manchester Central\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private final CalendarService calendars;
    private final Caller caller;

    public CalendarResource(CalendarService calendars, Caller caller) {
        this.calendars = calendars;
        this.caller = caller;
    }

    @GET
    @Path("/calendar.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            summary = "Subscribe to upcoming events as a calendar feed",
            description = "The published events that have not ended yet, "
                    + "soonest first (at most 500), as one iCalendar file a calendar application can subscribe to; "
                    + "optionally only one kind or one region's events, as for listing. Each event keeps its UID "
                    + "(`<event id>@proud2bops.org`) and its SEQUENCE grows when it changes. Carries a weak ETag; "
                    + "If-None-Match gives 304 while no listed event changed. Who may: anyone (no token needed).")
    @APIResponse(
            responseCode = "200",
            description = "The feed (UTF-8)",
            content =
                    @Content(
                            mediaType = TEXT_CALENDAR,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "feed", value = EXAMPLE)))
    public RestResponse<String> getEventsCalendar(
            @Parameter(description = "Only events of this kind") @QueryParam("kind") EventKind kind,
            @Parameter(description = "Only events hosted by this region's networks") @QueryParam("region")
                    Region region,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        VersionTags.requireBounded(VersionTags.IF_NONE_MATCH, ifNoneMatch);
        return served(calendars.feed(caller, kind, region), ifNoneMatch);
    }

    @GET
    @Path("/{eventId}/calendar.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            summary = "Get an event as a calendar file",
            description = "One iCalendar file with the event: STATUS "
                    + "CONFIRMED, or CANCELLED once it is cancelled (TENTATIVE for a draft), so a calendar that imported "
                    + "it updates its copy. Carries a weak ETag; If-None-Match gives 304 when unchanged. Who may: anyone, "
                    + "for a published event (no token needed); events admins and admins, any event; a network lead, "
                    + "also the drafts and cancelled events of a network they lead.")
    @APIResponse(
            responseCode = "200",
            description = "The calendar file (UTF-8)",
            content =
                    @Content(
                            mediaType = TEXT_CALENDAR,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "event", value = EXAMPLE)))
    public RestResponse<String> getEventCalendar(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        VersionTags.requireBounded(VersionTags.IF_NONE_MATCH, ifNoneMatch);
        CalendarDocument calendar =
                calendars.ofEvent(caller, eventId).orElseThrow(() -> Problems.notFound("Event", eventId));
        return served(calendar, ifNoneMatch);
    }

    /** 304 when {@code If-None-Match} names the calendar's version, decided before its text is written; else 200. */
    static RestResponse<String> served(CalendarDocument calendar, String ifNoneMatch) {
        String caching = calendar.shareable() ? SHARED_CACHING : PRIVATE_CACHING;
        if (calendar.isNamedBy(ifNoneMatch)) {
            return RestResponse.ResponseBuilder.<String>create(RestResponse.Status.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, calendar.entityTag())
                    .header(HttpHeaders.CACHE_CONTROL, caching)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(calendar.text().get(), TEXT_CALENDAR + "; charset=utf-8")
                .header(HttpHeaders.ETAG, calendar.entityTag())
                .header(HttpHeaders.CACHE_CONTROL, caching)
                .build();
    }
}
