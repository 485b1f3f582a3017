package org.proud2bops.content.views;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Roles;

@Path("/api/content/items/{itemId}/views")
@Tag(name = "Content items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN})
public class ItemViewsResource {

    private final ViewService views;

    public ItemViewsResource(ViewService views) {
        this.views = views;
    }

    @GET
    @Operation(
            summary = "Get a content item's view counts",
            description = "How often readers got the published item by slug (a 304 revalidation counts as a read): "
                    + "in all, and per UTC day of a period (`from` and `to`, both included, at most 366 days; "
                    + "without them the last 30 days up to today; `from` after `to` is 400 validation-failed). "
                    + "Reads are counted in memory and saved every few seconds, so figures lag reads by up to that "
                    + "interval. Carries an ETag; If-None-Match gives 304 while the figures are unchanged. Who may: "
                    + "content editors and admins.")
    public RestResponse<ItemViewsResponse> getContentItemViews(
            @PathParam("itemId") UUID itemId,
            @Parameter(description = "The period's first day (UTC, ISO date)") @QueryParam("from") LocalDate from,
            @Parameter(description = "The period's last day (UTC, ISO date), included") @QueryParam("to") LocalDate to,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        VersionTags.requireBounded(VersionTags.IF_NONE_MATCH, ifNoneMatch);
        ViewService.Period period = views.period(from, to);
        ItemViewsResponse body = ItemViewsResponse.of(
                views.figures(itemId, period).orElseThrow(() -> Problems.notFound("Content item", itemId)));
        EntityTag tag = new EntityTag(VersionTags.digest("views", body));
        RestResponse.ResponseBuilder<ItemViewsResponse> response =
                VersionTags.names(ifNoneMatch, "\"" + tag.getValue() + "\"")
                        ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                        : RestResponse.ResponseBuilder.ok(body);
        return response.tag(tag).build();
    }
}
