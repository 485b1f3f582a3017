package org.proud2bops.members.advisory;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.PublicLinks;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/advisory-group/calls")
@Tag(name = "Advisory group", description = "Calls for applications, applications and the group's members")
@Produces(MediaType.APPLICATION_JSON)
public class AdvisoryCallResource {

    private final AdvisoryCallService calls;
    private final AdvisoryApplicationService applications;
    private final Caller caller;

    public AdvisoryCallResource(AdvisoryCallService calls, AdvisoryApplicationService applications, Caller caller) {
        this.calls = calls;
        this.applications = applications;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a call for advisory group applications", description = "Who may: admins.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdvisoryCallResponse.class)))
    public RestResponse<AdvisoryCallResponse> createAdvisoryCall(
            @Valid @NotNull AdvisoryCallRequest request, @Context UriInfo uriInfo) {
        AdvisoryCall call = calls.create(request.toNewCall());
        return VersionTags.created(uriInfo, call.id, call.version, AdvisoryCallResponse.of(call));
    }

    @PUT
    @Path("/{callId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change an advisory group call",
            description = "Replaces its fields, e.g. to extend the "
                    + "deadline. Requires If-Match (428 without, 412 when stale). Who may: admins.")
    public RestResponse<AdvisoryCallResponse> updateAdvisoryCall(
            @PathParam("callId") UUID callId,
            @Valid @NotNull AdvisoryCallRequest request,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        ExpectedVersion expectedVersion = VersionTags.requiredVersion(ifMatch);
        AdvisoryCall call = calls.update(callId, expectedVersion, request.toNewCall())
                .orElseThrow(() -> Problems.notFound("Advisory group call", callId));
        return VersionTags.updated(call.version, AdvisoryCallResponse.of(call));
    }

    @GET
    @Authenticated
    @Operation(
            summary = "List advisory group calls",
            description = "Latest deadline first; paged. " + "Who may: anyone signed in.")
    public RestResponse<PageResponse<AdvisoryCallResponse>> listAdvisoryCalls(
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponse.of(calls.list(), page, AdvisoryCallResponse::of).toResponse(uriInfo);
    }

    @GET
    @Path("/{callId}")
    @Authenticated
    @Operation(summary = "Get an advisory group call", description = "Carries an ETag. Who may: anyone signed in.")
    public RestResponse<AdvisoryCallResponse> getAdvisoryCall(
            @PathParam("callId") UUID callId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        AdvisoryCall call = calls.find(callId).orElseThrow(() -> Problems.notFound("Advisory group call", callId));
        return VersionTags.conditionalRead(ifNoneMatch, call.version, AdvisoryCallResponse.of(call));
    }

    @POST
    @Path("/{callId}/applications")
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Apply to the advisory group",
            description = "A multipart form with two files, cv and "
                    + "coveringLetter, each a PDF or a Word document (DOCX) of at most 4 MiB. Each is checked by parsing it "
                    + "(PDFBox, Apache POI), whatever its name or declared type: a file that is neither is 415; a PDF that is "
                    + "encrypted, holds JavaScript, launch actions, embedded files, an XFA form, HTML or script markup, or "
                    + "data after its final %%EOF, and a DOCX with macros, ActiveX, OLE objects or programs inside, are 422. "
                    + "Each refusal names the field and stores nothing. The name a file was uploaded with is not kept. "
                    + "Before the call opens or from its deadline on, 409 says so. One live application per member and call "
                    + "(409). Who may: active members, for themselves.")
    @APIResponse(
            responseCode = "201",
            description = "Submitted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdvisoryApplicationResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = "outside-deadline, already-exists, unsafe-document")
    @APIResponse(responseCode = "400", description = "A file is missing or empty; field names it")
    @APIResponse(responseCode = "413", description = "A file is over 4 MiB; field names it")
    @APIResponse(responseCode = "415", description = "A file is not a PDF or DOCX document; field names it")
    public RestResponse<AdvisoryApplicationResponse> applyToAdvisoryGroup(
            @PathParam("callId") UUID callId,
            @RestForm("cv") @Schema(type = SchemaType.STRING, format = "binary") FileUpload cv,
            @RestForm("coveringLetter") @Schema(type = SchemaType.STRING, format = "binary")
                    FileUpload coveringLetter) {
        AdvisoryApplicationView submitted = applications.apply(caller, callId, uploaded(cv), uploaded(coveringLetter));
        return RestResponse.ResponseBuilder.<AdvisoryApplicationResponse>created(PublicLinks.root()
                        .path(AdvisoryApplicationResource.class)
                        .path(AdvisoryApplicationResource.class, "getAdvisoryApplication")
                        .build(submitted.application().id))
                .entity(AdvisoryApplicationResponse.of(submitted))
                .build();
    }

    @GET
    @Path("/{callId}/applications")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "List applications to an advisory group call",
            description = "Oldest first; paged. " + "Who may: admins.")
    public RestResponse<PageResponse<AdvisoryApplicationResponse>> listAdvisoryApplications(
            @PathParam("callId") UUID callId, @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponse.of(
                        applications.applicationsTo(callId),
                        page,
                        application -> AdvisoryApplicationResponse.of(applications.withDocuments(application)))
                .toResponse(uriInfo);
    }

    private static UploadedDocument uploaded(FileUpload upload) {
        return upload == null ? null : new UploadedDocument(upload.uploadedFile(), upload.size());
    }
}
