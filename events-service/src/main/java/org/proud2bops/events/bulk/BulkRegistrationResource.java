package org.proud2bops.events.bulk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.PublicLinks;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/events/{eventId}/registration-batches")
@Tag(name = "Bulk registration", description = "Many attendees registered for one event in one request")
@Produces(MediaType.APPLICATION_JSON)
public class BulkRegistrationResource {

    static final String TEXT_CSV = "text/csv";

    private static final String WHAT = "Registers each attendee as a single registration would (the same checks, the "
            + "same capacity rule under the event's lock, the same facts published), in order: a place while places are "
            + "left, then the waiting list with a position. Every row gets an outcome: CONFIRMED, WAITLISTED or REFUSED "
            + "with the problem type and field a single registration would get (unknown member, already registered, "
            + "event closed, invalid email, guests-not-admitted, by-invitation-only), or duplicate-in-batch for a person an earlier row named; a refused row "
            + "writes nothing. With dryRun=true nothing is written and each row says what would happen (WOULD_CONFIRM, "
            + "WOULD_WAITLIST or REFUSED). At most 5,000 attendees. The batch is applied in the background: the answer is "
            + "202 with Location naming the batch, whose GET gives its status and the report. Send an Idempotency-Key: a "
            + "retry answers the same batch and registers nobody again. Members are named by id only (this service holds no member's email); "
            + "registration questions are not asked yet. A row may choose sessions of the event (sessionIds, at most "
            + "20): a confirmed row books them in its own transaction (a place each while one is left, else the "
            + "session's line; the row's sessions say which), a waitlisted row books none, and a choice a single "
            + "booking would refuse (a session of another event, an unknown or started one, overlapping choices) "
            + "refuses the row with field sessionIds. ";

    private static final String WHO = "Who may: events admins and admins, for any event; a network lead, for events "
            + "hosted by a network they lead (another network's event is 403, or 404 while not published); a regional "
            + "network's client, for events hosted in its region (another region's event is 403), naming active members of its region "
            + "who opted into the directory (any other member's row is refused as not found) and guests.";

    /** Both methods are one operation (registerBatch) of the document, with two request media types. */
    private static final String DESCRIPTION = WHAT
            + "A row's answers to the event's registration questions are checked as a single registration's (a missing, "
            + "unknown or wrong answer refuses the row naming answers.<key>). "
            + "As JSON, rows are numbered from 1 in the order of attendees. As CSV (text/csv; UTF-8, RFC 4180, a header "
            + "row naming some of the columns memberId, guestName, guestEmail, guestOrganisation, sessionIds (ids "
            + "separated by spaces or semicolons), and answer.<key> for each answered registration question of the "
            + "event, e.g. answer.dietary), rows are numbered as "
            + "lines, the header being row 1; a file that cannot be read (an unknown column, a broken quote, a row with "
            + "too many cells, a cell too long) is 400 malformed-body naming the line, and more than 5,000 rows is 413; "
            + "nothing is stored for either. "
            + WHO;

    private final BulkRegistrationService bulk;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;

    public BulkRegistrationResource(
            BulkRegistrationService bulk, IdempotentRequests idempotentRequests, Caller caller) {
        this.bulk = bulk;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.REGIONAL_NETWORK, Roles.NETWORK_LEAD})
    @Operation(summary = "Register a batch of attendees", description = DESCRIPTION)
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the batch is applied in the background; Location names its status and report",
            headers = @Header(name = "Location", description = "The batch's status resource", required = true),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No such event, or not one visible to you")
    public RestResponse<BatchJobResponse> registerBatch(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = "Check every row and report, writing nothing")
                    @QueryParam("dryRun")
                    @DefaultValue("false")
                    boolean dryRun,
            @Parameter(description = "Makes a retry return the first report") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @NotNull @Valid BatchRequest request,
            @Context UriInfo uriInfo) {
        List<NumberedAttendee> rows = IntStream.range(0, request.attendees().size())
                .mapToObj(index ->
                        new NumberedAttendee(index + 1, request.attendees().get(index)))
                .toList();
        return run(eventId, dryRun, idempotencyKey, request, rows, uriInfo);
    }

    @POST
    @Consumes(TEXT_CSV)
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.REGIONAL_NETWORK, Roles.NETWORK_LEAD})
    @Operation(summary = "Register a batch of attendees", description = DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = TEXT_CSV,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            maxLength = 10_485_760,
                                            description =
                                                    "At most 10 MiB (the service's body limit) and 5,000 attendees")))
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the batch is applied in the background; Location names its status and report",
            headers = @Header(name = "Location", description = "The batch's status resource", required = true),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No such event, or not one visible to you")
    @APIResponse(responseCode = "413", description = "More than 5,000 attendees")
    public RestResponse<BatchJobResponse> registerBatchFromCsv(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = "Check every row and report, writing nothing")
                    @QueryParam("dryRun")
                    @DefaultValue("false")
                    boolean dryRun,
            @Parameter(description = "Makes a retry return the first report") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            String file,
            @Context UriInfo uriInfo) {
        return run(eventId, dryRun, idempotencyKey, file, BatchCsv.read(file), uriInfo);
    }

    @GET
    @Path("/{batchId}")
    @RolesAllowed({Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.REGIONAL_NETWORK, Roles.NETWORK_LEAD})
    @Operation(
            summary = "Get a registration batch",
            description = "The batch's status (QUEUED, RUNNING, DONE) and the outcome of every row applied so far; the "
                    + "report is complete once DONE. Carries an ETag; If-None-Match gives 304 when unchanged. Who may: events "
                    + "admins and admins, any batch; a network lead or a regional network's client, the batches they sent. Anyone else gets 404, "
                    + "as if it did not exist.")
    public RestResponse<BatchJobResponse> getRegistrationBatch(
            @PathParam("eventId") UUID eventId,
            @PathParam("batchId") UUID batchId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        BatchJob job =
                bulk.find(caller, eventId, batchId).orElseThrow(() -> Problems.notFound("Registration batch", batchId));
        return VersionTags.conditionalRead(ifNoneMatch, job.batch().version, BatchJobResponse.of(job));
    }

    private RestResponse<BatchJobResponse> run(
            UUID eventId,
            boolean dryRun,
            String idempotencyKey,
            Object body,
            List<NumberedAttendee> rows,
            UriInfo uriInfo) {
        BatchMode mode = dryRun ? BatchMode.DRY_RUN : BatchMode.WRITE;
        return idempotentRequests.execute(
                "registerBatch:" + eventId + ":" + mode, idempotencyKey, body, BatchJobResponse.class, () -> {
                    RegistrationBatch batch = bulk.queue(caller, eventId, rows, mode);
                    return RestResponse.ResponseBuilder.<BatchJobResponse>accepted()
                            .location(PublicLinks.builderFor(uriInfo)
                                    .path(batch.id.toString())
                                    .build())
                            .entity(BatchJobResponse.of(batch))
                            .build();
                });
    }
}
