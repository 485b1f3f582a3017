package org.proud2bops.events.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.events.domain.Event;
import org.proud2bops.events.domain.EventKind;
import org.proud2bops.events.service.EventCatalogue;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.problem.Problems;

@Path("/api/events")
@Tag(name = "Events", description = "Summits, sessions, webinars and courses")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class EventResource {

    private final EventCatalogue catalogue;

    public EventResource(EventCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List published events", description = "Events that have not ended yet (or ending after "
            + "`endingAfter`), soonest first; paged. Who may: anyone; no token needed.")
    public RestResponse<PageResponse<EventResponse>> listEvents(
            @Parameter(description = "Only events of this kind") @QueryParam("kind") EventKind kind,
            @Parameter(description = "ISO-8601 instant; default now") @QueryParam("endingAfter") Instant endingAfter,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        Instant cutoff = Optional.ofNullable(endingAfter).orElseGet(Instant::now);
        return PageResponse.of(catalogue.published(cutoff, kind), page, EventResponse::of).toResponse(uriInfo);
    }

    @GET
    @Path("/{eventId}")
    @Operation(summary = "Get a published event", description = "Carries an ETag; If-None-Match gives 304 when unchanged. "
            + "Who may: anyone; no token needed.")
    public RestResponse<EventResponse> getEvent(@PathParam("eventId") UUID eventId, @Context Request request) {
        Event event = catalogue.findPublished(eventId).orElseThrow(() -> Problems.notFound("Event", eventId));
        return VersionTags.conditionalRead(request, event.version, EventResponse.of(event));
    }
}
