package org.proud2bops.members.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.proud2bops.members.member.MemberFilterParameters;
import org.proud2bops.platform.http.Downloads;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/members")
@Tag(name = "Member administration", description = "Bulk import and export of members, and dashboard figures")
@RolesAllowed(Roles.ADMIN)
public class AdministrationResource {

    static final String TEXT_CSV = "text/csv";

    private final AdministrationService administration;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;

    public AdministrationResource(
            AdministrationService administration, IdempotentRequests idempotentRequests, Caller caller) {
        this.administration = administration;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @POST
    @Path("/imports")
    @Consumes(TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import members from CSV",
            description = "UTF-8 CSV with a header row naming some of the "
                    + "columns givenName, familyName, email (these three required), jobTitle, roleLevel, organisationOdsCode, "
                    + "proposedOrganisation, region, directoryVisible. With dryRun=true nothing is written and each row says "
                    + "what would happen. Otherwise valid rows become active members (MemberJoined each); a row with a problem "
                    + "is reported with every problem and nothing of it is written; a row whose email is already a member "
                    + "changes nothing, so importing the same file again adds nobody twice. An Idempotency-Key replays the "
                    + "first report. Who may: admins.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = TEXT_CSV,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            maxLength = 10_485_760,
                                            description =
                                                    "At most 10 MiB (the service's body limit) and the configured rows")))
    @APIResponse(
            responseCode = "200",
            description = "What happened to each row",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    public RestResponse<ImportReport> importMembers(
            @Parameter(description = "Check every row and report, writing nothing")
                    @QueryParam("dryRun")
                    @DefaultValue("false")
                    boolean dryRun,
            @Parameter(description = "Makes a retry return the first report") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            String file) {
        return idempotentRequests.execute(
                "importMembers:" + dryRun,
                idempotencyKey,
                file,
                ImportReport.class,
                () -> RestResponse.ok(administration.importMembers(
                        file, dryRun ? ImportMode.DRY_RUN : ImportMode.WRITE, caller.subject())));
    }

    @GET
    @Path("/export")
    @Produces(TEXT_CSV)
    @Operation(
            summary = "Export members as CSV",
            description = "The members the filters pick (as for listing), all "
                    + "of them, in the chosen order, one row each with a header row. Who may: admins.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment, with a file name the server chooses",
                            required = true))
    public RestResponse<String> exportMembers(@Valid @BeanParam MemberFilterParameters filter) {
        return Downloads.attachment(administration.export(filter.toFilter()), TEXT_CSV, "proud2bops-members.csv");
    }

    @GET
    @Path("/figures")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Get member figures for dashboards",
            description = "Active members by region, organisation "
                    + "type (UNLISTED: no organisation on the list) and month joined (Europe/London), and every record that is "
                    + "not erased by status. Zero counts are included. Who may: admins.")
    public MemberFigures getMemberFigures() {
        return administration.figures();
    }
}
