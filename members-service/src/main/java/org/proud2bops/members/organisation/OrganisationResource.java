package org.proud2bops.members.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.members.member.Region;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/organisations")
@Tag(name = "Organisations", description = "The reference list of NHS and other organisations, keyed by ODS code")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService organisations;
    private final Caller caller;

    public OrganisationResource(OrganisationService organisations, Caller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List organisations",
            description = "By name, optionally of one region or type; paged. "
                    + "Who may: anyone; no token needed (an application form needs the list before sign-in).")
    public RestResponse<PageResponse<OrganisationResponse>> listOrganisations(
            @QueryParam("region") Region region,
            @QueryParam("type") OrganisationType type,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponse.of(organisations.list(region, type), page, OrganisationResponse::of)
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{odsCode}")
    @PermitAll
    @Operation(
            summary = "Get an organisation",
            description =
                    "Carries an ETag; If-None-Match gives 304 when unchanged. " + "Who may: anyone; no token needed.")
    public RestResponse<OrganisationResponse> getOrganisation(
            @PathParam("odsCode") @Size(max = 10) String odsCode,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        Organisation organisation =
                organisations.find(odsCode).orElseThrow(() -> Problems.notFound("Organisation", odsCode));
        return VersionTags.conditionalRead(ifNoneMatch, organisation.version, OrganisationResponse.of(organisation));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an organisation", description = "A duplicate ODS code is 409. Who may: admins.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = "already-exists")
    public RestResponse<OrganisationResponse> createOrganisation(
            @Valid @NotNull OrganisationRequest request, @Context UriInfo uriInfo) {
        Organisation organisation =
                organisations.create(request.odsCode(), request.name(), request.type(), request.region());
        return VersionTags.created(
                uriInfo, organisation.odsCode, organisation.version, OrganisationResponse.of(organisation));
    }

    @PUT
    @Path("/{odsCode}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Update an organisation",
            description = "Replaces name, type and region. Requires If-Match "
                    + "(428 without, 412 when stale). Members of it are republished with the new name (MemberUpdated). "
                    + "Who may: admins.")
    public RestResponse<OrganisationResponse> updateOrganisation(
            @PathParam("odsCode") @Size(max = 10) String odsCode,
            @Valid @NotNull OrganisationRequest request,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        ExpectedVersion expectedVersion = VersionTags.requiredVersion(ifMatch);
        Organisation organisation = organisations
                .update(odsCode, expectedVersion, request.name(), request.type(), request.region())
                .orElseThrow(() -> Problems.notFound("Organisation", odsCode));
        return VersionTags.updated(organisation.version, OrganisationResponse.of(organisation));
    }

    @GET
    @Path("/proposals")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "List proposed organisations",
            description = "Organisations members named that are not "
                    + "listed, oldest first; PENDING unless another status is asked for. Who may: admins.")
    public RestResponse<PageResponse<OrganisationProposalResponse>> listOrganisationProposals(
            @Parameter(description = "PENDING (default), ACCEPTED or REJECTED")
                    @QueryParam("status")
                    @DefaultValue("PENDING")
                    OrganisationProposal.Status status,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponse.of(organisations.proposals(status), page, OrganisationProposalResponse::of)
                .toResponse(uriInfo);
    }

    @POST
    @Path("/proposals/{proposalId}/decision")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Decide a proposed organisation",
            description = "ACCEPTED links every member who proposed "
                    + "it to the listed organisation named by odsCode; REJECTED leaves them without an organisation. A proposal "
                    + "already decided is 409. Members affected are republished (MemberUpdated). Who may: admins.")
    @Extension(name = ProblemTypes.EXTENSION, value = "transition-not-allowed")
    public OrganisationProposalResponse decideOrganisationProposal(
            @PathParam("proposalId") UUID proposalId, @Valid @NotNull ProposalDecisionRequest decision) {
        Optional<OrganisationProposal> decided = switch (decision.outcome()) {
            case ACCEPTED -> organisations.accept(proposalId, decision.odsCode(), caller.subject());
            case REJECTED -> organisations.reject(proposalId, caller.subject());
        };
        return decided.map(OrganisationProposalResponse::of)
                .orElseThrow(() -> Problems.notFound("Organisation proposal", proposalId));
    }
}
