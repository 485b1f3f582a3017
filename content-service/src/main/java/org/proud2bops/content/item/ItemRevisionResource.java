package org.proud2bops.content.item;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/content/items/{itemId}/revisions")
@Tag(name = "Content items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN})
public class ItemRevisionResource {

    private final ItemService items;
    private final Caller caller;
    private final Clock clock;

    public ItemRevisionResource(ItemService items, Caller caller, Clock clock) {
        this.items = items;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(
            summary = "List a content item's revisions",
            description = "Every change of the item, newest first: who, when, the fields changed and the item as "
                    + "the change left it; paged. Who may: content editors and admins.")
    public RestResponse<PageResponse<RevisionResponse>> listContentItemRevisions(
            @PathParam("itemId") UUID itemId, @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponse.of(
                        items.history(itemId).orElseThrow(() -> Problems.notFound("Content item", itemId)),
                        page,
                        RevisionResponse::of)
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{number}")
    @Operation(
            summary = "Get a revision of a content item",
            description = "A revision never changes; it carries an ETag and If-None-Match gives 304. Who may: "
                    + "content editors and admins.")
    public RestResponse<RevisionResponse> getContentItemRevision(
            @PathParam("itemId") UUID itemId,
            @PathParam("number") @Min(1) @Max(Integer.MAX_VALUE) int number,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        ItemRevision revision = items.revision(itemId, number)
                .orElseThrow(() -> Problems.notFound("Revision " + number + " of content item " + itemId
                        + " does not exist or is not visible to you"));
        return VersionTags.conditionalRead(ifNoneMatch, revision.number, RevisionResponse.of(revision));
    }

    @POST
    @Path("/{number}/restore")
    @Operation(
            summary = "Restore a revision of a content item",
            description = "Brings back the revision's content (not its workflow status) as a new revision; the "
                    + "rules of writing an item apply to it as they are now. Requires If-Match with the item's ETag: "
                    + "428 without it, 412 when it changed since. Who may: content editors and admins.")
    @Extension(name = ProblemTypes.EXTENSION, value = "unknown-reference, date-in-the-past, already-exists")
    public RestResponse<ItemResponse> restoreContentItemRevision(
            @PathParam("itemId") UUID itemId,
            @PathParam("number") @Min(1) @Max(Integer.MAX_VALUE) int number,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        ExpectedVersion expected = VersionTags.requiredVersion(ifMatch);
        ContentItem item = items.restore(caller, itemId, expected, number)
                .orElseThrow(() -> Problems.notFound("Content item", itemId));
        return VersionTags.updated(item.version, ItemResponse.of(item, clock, items.relatedEventOf(item)));
    }
}
