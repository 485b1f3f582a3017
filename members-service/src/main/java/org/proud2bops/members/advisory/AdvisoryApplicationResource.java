package org.proud2bops.members.advisory;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.Downloads;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/advisory-group")
@Tag(name = "Advisory group")
@Produces(MediaType.APPLICATION_JSON)
public class AdvisoryApplicationResource {

    private final AdvisoryApplicationService applications;
    private final AdvisoryDocumentService documents;
    private final Caller caller;

    public AdvisoryApplicationResource(
            AdvisoryApplicationService applications, AdvisoryDocumentService documents, Caller caller) {
        this.applications = applications;
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Path("/applications/{applicationId}")
    @Authenticated
    @Operation(
            summary = "Get an advisory group application",
            description = "Who may: admins; the applicant. " + "Anyone else gets 404.")
    public AdvisoryApplicationResponse getAdvisoryApplication(@PathParam("applicationId") UUID applicationId) {
        return applications
                .find(caller, applicationId)
                .map(AdvisoryApplicationResponse::of)
                .orElseThrow(() -> Problems.notFound("Advisory group application", applicationId));
    }

    @GET
    @Path("/applications/{applicationId}/documents/{kind}")
    @Authenticated
    @Produces({DocumentFormat.PDF_MEDIA_TYPE, DocumentFormat.DOCX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Download an application's CV or covering letter",
            description = "kind is CV or "
                    + "COVERING_LETTER. The file comes as an attachment under a name the server chooses "
                    + "(cv-<applicationId>.pdf, covering-letter-<applicationId>.docx, ...), never the name it was uploaded with, "
                    + "with the Content-Type its content was checked to be, and is not to be cached. "
                    + "Who may: admins; the applicant. Anyone else gets 404.")
    @APIResponse(
            responseCode = "200",
            description = "The file, as checked when it was uploaded",
            content = {
                @Content(
                        mediaType = DocumentFormat.PDF_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = DocumentFormat.DOCX_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            },
            headers = {
                @Header(
                        name = HttpHeaders.CONTENT_DISPOSITION,
                        description = "attachment; filename=\"cv-<applicationId>.pdf\" "
                                + "(or covering-letter-..., .docx): a server-chosen name",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = Downloads.CONTENT_TYPE_OPTIONS,
                        description = "nosniff: the declared " + "Content-Type is the only one a client may assume",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = HttpHeaders.CACHE_CONTROL,
                        description = "private, no-store: personal documents " + "are not kept by caches",
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response downloadAdvisoryDocument(
            @PathParam("applicationId") UUID applicationId, @PathParam("kind") AdvisoryDocument.Kind kind) {
        AdvisoryDocument document = documents
                .download(caller, applicationId, kind)
                .orElseThrow(() -> Problems.notFound("Document " + kind + " of application", applicationId));
        return Downloads.attachment(
                new ByteArrayInputStream(document.content), document.contentType, document.fileName());
    }

    @POST
    @Path("/applications/{applicationId}/withdrawal")
    @Authenticated
    @Operation(
            summary = "Withdraw an advisory group application",
            description = "Possible until the call's "
                    + "deadline (then 409); a withdrawn application can be replaced by a new one. Who may: the applicant. "
                    + "Anyone else gets 404.")
    @Extension(name = ProblemTypes.EXTENSION, value = "transition-not-allowed, outside-deadline")
    public AdvisoryApplicationResponse withdrawAdvisoryApplication(@PathParam("applicationId") UUID applicationId) {
        return AdvisoryApplicationResponse.of(applications.withdraw(caller, applicationId));
    }

    @POST
    @Path("/applications/{applicationId}/decision")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decide an advisory group application",
            description = "ACCEPTED makes the applicant a group "
                    + "member for the call's term; DECLINED does not. Only a submitted application can be decided (409). "
                    + "Who may: admins.")
    @Extension(name = ProblemTypes.EXTENSION, value = "transition-not-allowed")
    public AdvisoryApplicationResponse decideAdvisoryApplication(
            @PathParam("applicationId") UUID applicationId, @Valid @NotNull AdvisoryDecisionRequest decision) {
        AdvisoryApplicationView decided = switch (decision.outcome()) {
            case ACCEPTED -> applications.accept(applicationId, decision.reason(), caller.subject());
            case DECLINED -> applications.decline(applicationId, decision.reason(), caller.subject());
        };
        return AdvisoryApplicationResponse.of(decided);
    }

    @GET
    @Path("/members")
    @Authenticated
    @Operation(
            summary = "List the advisory group's members",
            description = "Accepted applicants whose term has not "
                    + "ended, by term then name; paged. Serving on the group is a public role, so this lists them whatever "
                    + "their directory choice; only members who are still active appear. Who may: active members (leads "
                    + "included), events admins, content editors and admins; a person whose membership is not active is "
                    + "refused, whatever roles their token carries.")
    public RestResponse<PageResponse<AdvisoryGroupMemberResponse>> listAdvisoryGroupMembers(
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponse.of(applications.groupMembers(caller), page, AdvisoryGroupMemberResponse::of)
                .toResponse(uriInfo);
    }
}
