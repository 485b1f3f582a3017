package org.proud2bops.events.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/events")
@Tag(
        name = "Sessions",
        description = "An event's program (streams and sessions with their chairs, co-chairs and speakers), places at "
                + "sessions booked inside a registration, and the sessions' doors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramResource {

    private static final String WHO_READS =
            "Who may: anyone, for a published event (no token needed); events admins " + "and admins, any event.";
    private static final String WHO_CHANGES = "Who may: events admins and admins.";

    private final ProgramService program;
    private final Caller caller;
    private final IdempotentRequests idempotentRequests;

    public ProgramResource(ProgramService program, Caller caller, IdempotentRequests idempotentRequests) {
        this.program = program;
        this.caller = caller;
        this.idempotentRequests = idempotentRequests;
    }

    // Streams

    @GET
    @Path("/{eventId}/streams")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            summary = "List an event's streams",
            description = "The streams its sessions are grouped in, in their order; paged. " + WHO_READS)
    public RestResponse<PageResponse<StreamResponse>> listStreams(
            @PathParam("eventId") UUID eventId, @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponse.of(program.streamsOf(caller, eventId), page, StreamResponse::of)
                .toResponse(uriInfo);
    }

    @POST
    @Path("/{eventId}/streams")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Create a stream",
            description = "A stream of the event's sessions; its name is unique within the event (409 "
                    + "already-exists). Send an Idempotency-Key to make retries safe. " + WHO_CHANGES)
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag name the new stream",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StreamResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = "already-exists")
    public RestResponse<StreamResponse> createStream(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = "Makes a retry return the first outcome") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull StreamRequest request,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(
                "createStream:" + eventId, idempotencyKey, request, StreamResponse.class, () -> {
                    EventStream stream = program.createStream(caller, eventId, request.name(), request.position());
                    return VersionTags.created(uriInfo, stream.id, stream.version, StreamResponse.of(stream));
                });
    }

    @GET
    @Path("/{eventId}/streams/{streamId}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            summary = "Get a stream",
            description = "Carries an ETag; If-None-Match gives 304 when unchanged. " + WHO_READS)
    public RestResponse<StreamResponse> getStream(
            @PathParam("eventId") UUID eventId,
            @PathParam("streamId") UUID streamId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        EventStream stream =
                program.stream(caller, eventId, streamId).orElseThrow(() -> Problems.notFound("Stream", streamId));
        return VersionTags.conditionalRead(ifNoneMatch, stream.version, StreamResponse.of(stream));
    }

    @PUT
    @Path("/{eventId}/streams/{streamId}")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Change a stream",
            description = "Renames or reorders it. Requires If-Match with the ETag you read: 428 "
                    + "without it, 412 when it changed since. " + WHO_CHANGES)
    @Extension(name = ProblemTypes.EXTENSION, value = "already-exists")
    public RestResponse<StreamResponse> updateStream(
            @PathParam("eventId") UUID eventId,
            @PathParam("streamId") UUID streamId,
            @Valid @NotNull StreamRequest request,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        EventStream stream = program.updateStream(
                        caller,
                        eventId,
                        streamId,
                        VersionTags.requiredVersion(ifMatch),
                        request.name(),
                        request.position())
                .orElseThrow(() -> Problems.notFound("Stream", streamId));
        return VersionTags.updated(stream.version, StreamResponse.of(stream));
    }

    @DELETE
    @Path("/{eventId}/streams/{streamId}")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Remove a stream",
            description =
                    "Only a stream without sessions: 409 conflicting-change while any session is in it. " + WHO_CHANGES)
    @APIResponse(responseCode = "204", description = "Removed")
    @Extension(name = ProblemTypes.EXTENSION, value = "conflicting-change")
    public RestResponse<Void> deleteStream(@PathParam("eventId") UUID eventId, @PathParam("streamId") UUID streamId) {
        if (!program.deleteStream(caller, eventId, streamId)) {
            throw Problems.notFound("Stream", streamId);
        }
        return RestResponse.noContent();
    }

    // Sessions

    @GET
    @Path("/{eventId}/sessions")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            summary = "List an event's sessions",
            description = "Grouped by stream in the streams' order (sessions outside every stream last), then by "
                    + "time; only one stream's with streamId; paged. Each with its places left, its chairs, co-chairs "
                    + "and speakers; online links only for those who run events. Carries an ETag of the page; "
                    + "If-None-Match gives 304 when unchanged. " + WHO_READS)
    public RestResponse<PageResponse<SessionResponse>> listSessions(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = "Only this stream's sessions") @QueryParam("streamId") UUID streamId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        boolean links = program.seesEveryOnlineLink(caller, eventId);
        PageResponse<SessionResponse> sessions = PageResponse.of(
                program.sessionsOf(caller, eventId, streamId), page, session -> SessionResponse.of(session, links));
        return PageTags.conditionalPage(ifNoneMatch, sessions, uriInfo);
    }

    @POST
    @Path("/{eventId}/sessions")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Create a session",
            description = "A session of the event, within its times (409 session-outside-event; endsAt before "
                    + "startsAt is 400), in one of its streams or none, with a room or an online link, places of its "
                    + "own, and chairs, co-chairs and speakers (members by id, or guests by name). Send an "
                    + "Idempotency-Key to make retries safe. " + WHO_CHANGES)
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag name the new session",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = "session-outside-event")
    public RestResponse<SessionResponse> createSession(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = "Makes a retry return the first outcome") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull SessionRequest request,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(
                "createSession:" + eventId, idempotencyKey, request, SessionResponse.class, () -> {
                    Session session = program.createSession(caller, eventId, request.toDetails());
                    return VersionTags.created(uriInfo, session.id, session.version, SessionResponse.of(session, true));
                });
    }

    @GET
    @Path("/{eventId}/sessions/{sessionId}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            summary = "Get a session",
            description = "Carries an ETag (bookings change it too); If-None-Match gives 304 when unchanged. The "
                    + "online link only for those who manage the event. " + WHO_READS)
    public RestResponse<SessionResponse> getSession(
            @PathParam("eventId") UUID eventId,
            @PathParam("sessionId") UUID sessionId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        Session session =
                program.session(caller, eventId, sessionId).orElseThrow(() -> Problems.notFound("Session", sessionId));
        return VersionTags.conditionalRead(
                ifNoneMatch,
                session.version,
                SessionResponse.of(session, program.seesEveryOnlineLink(caller, eventId)));
    }

    @PUT
    @Path("/{eventId}/sessions/{sessionId}")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Change a session",
            description = "Replaces every field. Requires If-Match with the ETag you read: 428 without it, 412 when it "
                    + "changed since (bookings change it too). A capacity below the places booked is 409 "
                    + "conflicting-change; a raised one gives its places to the first in the session's line. Times "
                    + "outside the event's are 409 session-outside-event. " + WHO_CHANGES)
    @Extension(name = ProblemTypes.EXTENSION, value = "session-outside-event, conflicting-change")
    public RestResponse<SessionResponse> updateSession(
            @PathParam("eventId") UUID eventId,
            @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull SessionRequest request,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        Session session = program.updateSession(
                        caller, eventId, sessionId, VersionTags.requiredVersion(ifMatch), request.toDetails())
                .orElseThrow(() -> Problems.notFound("Session", sessionId));
        return VersionTags.updated(session.version, SessionResponse.of(session, true));
    }

    @DELETE
    @Path("/{eventId}/sessions/{sessionId}")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Remove a session",
            description = "Only a session nobody holds or waits for a place at: 409 conflicting-change while anyone "
                    + "does (their bookings are given up first). " + WHO_CHANGES)
    @APIResponse(responseCode = "204", description = "Removed")
    @Extension(name = ProblemTypes.EXTENSION, value = "conflicting-change")
    public RestResponse<Void> deleteSession(
            @PathParam("eventId") UUID eventId, @PathParam("sessionId") UUID sessionId) {
        if (!program.deleteSession(caller, eventId, sessionId)) {
            throw Problems.notFound("Session", sessionId);
        }
        return RestResponse.noContent();
    }

    // Settings

    @GET
    @Path("/{eventId}/session-settings")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            summary = "Get an event's session settings",
            description = "How its sessions are booked: whether one attendee may hold overlapping sessions (default "
                    + "false). Carries an ETag; If-None-Match gives 304 when unchanged. " + WHO_READS)
    public RestResponse<SessionSettingsResponse> getSessionSettings(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        SessionSettings settings = program.settingsOf(caller, eventId);
        return VersionTags.conditionalRead(ifNoneMatch, settings.tagVersion(), SessionSettingsResponse.of(settings));
    }

    @PUT
    @Path("/{eventId}/session-settings")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Change an event's session settings",
            description = "Replaces them. Bookings already made stay as they are. Requires If-Match with the ETag you "
                    + "read: 428 without it, 412 when they changed since. " + WHO_CHANGES)
    public RestResponse<SessionSettingsResponse> updateSessionSettings(
            @PathParam("eventId") UUID eventId,
            @Valid @NotNull SessionSettingsRequest request,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        SessionSettings settings =
                program.updateSettings(caller, eventId, VersionTags.requiredVersion(ifMatch), request.overlapAllowed());
        return VersionTags.updated(settings.tagVersion(), SessionSettingsResponse.of(settings));
    }
}
