package org.proud2bops.events.event;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/events")
@Tag(name = "Events", description = "Summits, sessions, webinars and courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventService events;
    private final Caller caller;
    private final IdempotentRequests idempotentRequests;

    public EventResource(EventService events, Caller caller, IdempotentRequests idempotentRequests) {
        this.events = events;
        this.caller = caller;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Extension(name = ProblemTypes.EXTENSION, value = "forbidden")
    @Operation(
            summary = "List events",
            description = "Events that have not ended yet (or ending after "
                    + "`endingAfter`), soonest first, optionally only those of a kind, a region or a tag; paged. Those "
                    + "who manage an event also see its online joining link. Who may: anyone, for published (and, with "
                    + "`status`, completed) events (no token needed); events admins and admins also list DRAFT or "
                    + "CANCELLED ones with `status`; a network lead lists those of the networks they lead only.")
    public RestResponse<PageResponse<EventResponse>> listEvents(
            @Parameter(description = "Only events of this kind") @QueryParam("kind") EventKind kind,
            @Parameter(description = "Only events hosted by this region's networks") @QueryParam("region")
                    Region region,
            @Parameter(description = "Only events carrying this tag")
                    @QueryParam("tag")
                    @Size(max = EventRequest.MAX_TAG)
                    @Pattern(
                            regexp = EventRequest.TAG_PATTERN,
                            message = "must be lower-case letters, digits and hyphens")
                    String tag,
            @Parameter(
                            description =
                                    "COMPLETED; events admins (network leads: their networks') also DRAFT or CANCELLED")
                    @QueryParam("status")
                    @DefaultValue("PUBLISHED")
                    EventStatus status,
            @Parameter(description = "ISO-8601 instant; default now") @QueryParam("endingAfter") Instant endingAfter,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return events.listPage(caller, status, endingAfter, kind, region, tag, page)
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{eventId}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            summary = "Get an event",
            description = "Carries an ETag; If-None-Match gives 304 when unchanged. The online joining link is "
                    + "shown to those who manage the event only (attendees find it in their confirmed registration). "
                    + "Who may: anyone, for a published or completed event (no token needed); events admins and admins, "
                    + "any event; "
                    + "a network lead, also the drafts and cancelled events of a network they lead.")
    public RestResponse<EventResponse> getEvent(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        Event event = events.find(caller, eventId).orElseThrow(() -> Problems.notFound("Event", eventId));
        return VersionTags.conditionalRead(
                ifNoneMatch,
                event.version,
                EventResponse.of(event, events.showsOnlineLink(caller, events.ledBy(caller), event)));
    }

    @POST
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Create an event",
            description = "A DRAFT unless `status` says PUBLISHED. `hostNetwork` must name a network the members "
                    + "service created (422 unknown-network) and the event takes that network's region. Send an "
                    + "Idempotency-Key to make retries safe. Who may: events admins and admins; a network lead, for "
                    + "events hosted by a network they lead (any other hostNetwork, or none, is 403).")
    @Extension(name = ProblemTypes.EXTENSION, value = "unknown-network")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag name the new event",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventResponse.class)))
    public RestResponse<EventResponse> createEvent(
            @Parameter(description = "Makes a retry return the first outcome") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull EventRequest request,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute("createEvent", idempotencyKey, request, EventResponse.class, () -> {
            Event event = events.create(caller, request.toDetails());
            return VersionTags.created(uriInfo, event.id, event.version, EventResponse.of(event, true));
        });
    }

    @PUT
    @Path("/{eventId}")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Change an event",
            description = "Replaces every field (publish, cancel or complete it with `status`: a draft is "
                    + "published or cancelled, a published event cancelled, or completed once it has ended; cancelled "
                    + "and completed are final, any other move is 409 transition-not-allowed). "
                    + "Requires If-Match with the ETag you read: 428 without it, 412 when it changed since (registrations "
                    + "change it too). A capacity below the places taken is 409; an unknown `hostNetwork` 422. Times "
                    + "that would leave one of its sessions outside are 409 session-outside-event; an `audience` that "
                    + "admits no guests while guests hold places (or wait for one) is 409 guests-hold-places. "
                    + "Cancelling it cancels every confirmed and waitlisted registration (each a RegistrationCancelled "
                    + "fact). Who may: events admins and admins; a network lead, for events hosted by a network they "
                    + "lead and staying with one they lead (another network's event is 403, or 404 while not "
                    + "published).")
    @Extension(
            name = ProblemTypes.EXTENSION,
            value =
                    "conflicting-change, unknown-network, transition-not-allowed, session-outside-event, guests-hold-places")
    public RestResponse<EventResponse> updateEvent(
            @PathParam("eventId") UUID eventId,
            @Valid @NotNull EventRequest request,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        ExpectedVersion expectedVersion = VersionTags.requiredVersion(ifMatch);
        Event event = events.update(caller, eventId, expectedVersion, request.toDetails())
                .orElseThrow(() -> Problems.notFound("Event", eventId));
        return VersionTags.updated(event.version, EventResponse.of(event, true));
    }
}
