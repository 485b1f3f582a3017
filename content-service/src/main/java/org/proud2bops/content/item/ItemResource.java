package org.proud2bops.content.item;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.PublicLinks;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

@Path("/api/content/items")
@Tag(name = "Content items", description = "Writing items and moving them through the editorial workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN})
public class ItemResource {

    private static final String ITEM_PATH = "/api/content/items/{itemId}";
    private static final String CONTENT_RULES = "unknown-reference, date-in-the-past, already-exists";

    private final ItemService items;
    private final Caller caller;
    private final IdempotentRequests idempotentRequests;
    private final Clock clock;

    public ItemResource(ItemService items, Caller caller, IdempotentRequests idempotentRequests, Clock clock) {
        this.items = items;
        this.caller = caller;
        this.idempotentRequests = idempotentRequests;
        this.clock = clock;
    }

    @GET
    @Operation(
            summary = "List content items in a status",
            description = "Items in one workflow status (DRAFT unless `status` says otherwise), most recently changed "
                    + "first; paged. Who may: content editors and admins.")
    public RestResponse<PageResponse<ItemResponse>> listContentItems(
            @Parameter(description = "The workflow status to list") @QueryParam("status") @DefaultValue("DRAFT")
                    ItemStatus status,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponse.of(
                        items.inStatus(status),
                        page,
                        (ContentItem item) -> ItemResponse.of(item, clock, items.relatedEventOf(item)))
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{itemId}")
    @RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Get a content item",
            description = "Any status, with its Markdown body and rendered HTML, and its related event's current "
                    + "state. Carries an ETag (the item's version, for If-Match); If-None-Match gives 304 when "
                    + "unchanged, except for an item with a related event, which is always sent in full (its event "
                    + "changes without an edit of the item). An active member reads the items they author (404 for "
                    + "others'; 403 when their membership is not active). Who may: content editors and admins; an "
                    + "active member, for their own items.")
    public RestResponse<ItemResponse> getContentItem(
            @PathParam("itemId") UUID itemId,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        ContentItem item = items.find(caller, itemId).orElseThrow(() -> Problems.notFound("Content item", itemId));
        ItemResponse body = ItemResponse.of(item, clock, items.relatedEventOf(item));
        // The version tags the item's content, not its related event's state, which changes without a new version
        return item.relatedEventId == null
                ? VersionTags.conditionalRead(ifNoneMatch, item.version, body)
                : VersionTags.updated(item.version, body);
    }

    @POST
    @RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Write a content item",
            description = "Creates a DRAFT and its first revision. The slug is unique within the language (409), "
                    + "the language a BCP 47 tag, topics and the related event must exist (422), a call needs a closing date in the future "
                    + "(422 when it has passed), and only opportunities and calls take one. Member authors "
                    + "(`memberAuthors`) are members the service knows from the members service (422 otherwise). An "
                    + "active member may draft an item that names them among its member authors (403 otherwise). "
                    + "Send an Idempotency-Key to make retries safe. Who may: content editors and admins; an active "
                    + "member, for their own items.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag name the new item",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ItemResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = CONTENT_RULES)
    public RestResponse<ItemResponse> createContentItem(
            @Parameter(description = "Makes a retry return the first outcome") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull ItemRequest request,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute("createContentItem", idempotencyKey, request, ItemResponse.class, () -> {
            ContentItem item = items.create(caller, request.toDetails());
            return VersionTags.created(
                    uriInfo, item.id, item.version, ItemResponse.of(item, clock, items.relatedEventOf(item)));
        });
    }

    @POST
    @Path("/{itemId}/translations")
    @Operation(
            summary = "Write a translation of a content item",
            description = "Creates a DRAFT in another language linked to the item's original (to the item itself, "
                    + "or to the original it translates: a family is one original and its translations) and its "
                    + "first revision. One item per language per family: 409 translation-exists when the original "
                    + "or a translation is already in that language. The rules of writing an item apply. Send an "
                    + "Idempotency-Key to make retries safe. Who may: content editors and admins.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag name the new item",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ItemResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = CONTENT_RULES + ", translation-exists")
    public RestResponse<ItemResponse> createContentItemTranslation(
            @PathParam("itemId") UUID itemId,
            @Parameter(description = "Makes a retry return the first outcome") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull ItemRequest request) {
        return idempotentRequests.execute(
                "createContentItemTranslation:" + itemId, idempotencyKey, request, ItemResponse.class, () -> {
                    ContentItem item = items.createTranslation(caller, itemId, request.toDetails())
                            .orElseThrow(() -> Problems.notFound("Content item", itemId));
                    URI location = PublicLinks.root().path(ITEM_PATH).build(item.id);
                    return RestResponse.ResponseBuilder.<ItemResponse>created(location)
                            .tag(VersionTags.tagOf(item.version))
                            .entity(ItemResponse.of(item, clock, items.relatedEventOf(item)))
                            .build();
                });
    }

    @PUT
    @Path("/{itemId}")
    @RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Change a content item",
            description = "Replaces its content in any status and keeps a revision of the change (a change that "
                    + "changes nothing keeps none); a published item's change is published as ContentUpdated. The "
                    + "rules of writing an item apply; a closing date may stay as it was even when it has passed. "
                    + "Requires If-Match with the ETag you read: 428 without it, 412 when it changed since. An active member "
                    + "changes an item they author while it is a DRAFT, and keeps naming themself (403 otherwise; 404 "
                    + "for others' items). Who may: content editors and admins; an active member, for their own "
                    + "items.")
    @Extension(name = ProblemTypes.EXTENSION, value = CONTENT_RULES)
    public RestResponse<ItemResponse> updateContentItem(
            @PathParam("itemId") UUID itemId,
            @Valid @NotNull ItemRequest request,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        ExpectedVersion expected = VersionTags.requiredVersion(ifMatch);
        ContentItem item = items.update(caller, itemId, expected, request.toDetails())
                .orElseThrow(() -> Problems.notFound("Content item", itemId));
        return VersionTags.updated(item.version, ItemResponse.of(item, clock, items.relatedEventOf(item)));
    }

    @POST
    @Path("/{itemId}/transitions")
    @RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Move a content item in the workflow",
            description = "DRAFT → IN_REVIEW; IN_REVIEW → DRAFT, SCHEDULED or PUBLISHED; SCHEDULED → DRAFT or "
                    + "PUBLISHED; PUBLISHED → ARCHIVED or DRAFT (unpublish); ARCHIVED → DRAFT. Any other move is "
                    + "409. SCHEDULED needs `publishAt` in the future (422 when it has passed); the item is published "
                    + "then, by the service. Requires If-Match with the ETag you read: 428 without it, 412 when it "
                    + "changed since. An active member sends a DRAFT they author to review (DRAFT → IN_REVIEW) and "
                    + "makes no other move (403; 404 for others' items). Who may: content editors and admins; an "
                    + "active member, for their own items.")
    @Extension(name = ProblemTypes.EXTENSION, value = "transition-not-allowed, date-in-the-past")
    public RestResponse<ItemResponse> transitionContentItem(
            @PathParam("itemId") UUID itemId,
            @Valid @NotNull TransitionRequest request,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        ExpectedVersion expected = VersionTags.requiredVersion(ifMatch);
        ContentItem item = items.transition(caller, itemId, expected, request.to(), request.publishAt())
                .orElseThrow(() -> Problems.notFound("Content item", itemId));
        return VersionTags.updated(item.version, ItemResponse.of(item, clock, items.relatedEventOf(item)));
    }
}
