package org.proud2bops.members.personaldata;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.Downloads;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

@Path("/api/members")
@Tag(name = "Personal data", description = "A member's UK GDPR rights: a copy of their data, and erasure")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    private final PersonalDataService personalData;
    private final ErasureService erasure;
    private final Caller caller;

    public PersonalDataResource(PersonalDataService personalData, ErasureService erasure, Caller caller) {
        this.personalData = personalData;
        this.erasure = erasure;
        this.caller = caller;
    }

    @GET
    @Path("/me/personal-data")
    @Authenticated
    @Operation(
            summary = "Download my personal data",
            description = "Your member record, consent, communication "
                    + "preferences, status history and network memberships as one JSON document (a subject access request). "
                    + "Who may: anyone signed in, for their own record.")
    @APIResponse(
            responseCode = "200",
            description = "Your data, as an attachment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonalDataExport.class)),
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment, with a file name the server chooses",
                            required = true))
    @APIResponse(responseCode = "404", description = "No member record is linked to your sign-in")
    public RestResponse<PersonalDataExport> exportOwnPersonalData() {
        return download(personalData.exportOwn(caller));
    }

    @GET
    @Path("/{memberId}/personal-data")
    @Authenticated
    @Operation(
            summary = "Download a member's personal data",
            description =
                    "As GET /api/members/me/personal-data, "
                            + "for answering a request made another way. Who may: admins; the member themself. Anyone else gets 404.")
    @APIResponse(
            responseCode = "200",
            description = "The member's data, as an attachment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonalDataExport.class)),
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment, with a file name the server chooses",
                            required = true))
    public RestResponse<PersonalDataExport> exportMemberPersonalData(@PathParam("memberId") UUID memberId) {
        return download(personalData.export(caller, memberId).orElseThrow(() -> Problems.notFound("Member", memberId)));
    }

    @DELETE
    @Path("/me")
    @Authenticated
    @Operation(
            summary = "Erase my membership and personal data",
            description = "Irreversible: your record is "
                    + "anonymised, your network memberships removed, and MemberErased tells every other service to remove what "
                    + "it holds about you. Who may: anyone signed in, for their own record.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No member record is linked to your sign-in")
    public RestResponse<Void> eraseOwnMember() {
        erasure.eraseOwn(caller);
        return RestResponse.noContent();
    }

    @DELETE
    @Path("/{memberId}")
    @Authenticated
    @Operation(
            summary = "Erase a member",
            description = "As DELETE /api/members/me, for a member who asked an admin. "
                    + "Erasing an erased member is 404. Who may: admins; the member themself. Anyone else gets 404.")
    @APIResponse(responseCode = "204", description = "Erased")
    public RestResponse<Void> eraseMember(@PathParam("memberId") UUID memberId) {
        erasure.erase(caller, memberId).orElseThrow(() -> Problems.notFound("Member", memberId));
        return RestResponse.noContent();
    }

    private static RestResponse<PersonalDataExport> download(PersonalData data) {
        return Downloads.attachment(
                PersonalDataExport.of(data),
                MediaType.APPLICATION_JSON,
                "proud2bops-personal-data-" + data.member().id + ".json");
    }
}
