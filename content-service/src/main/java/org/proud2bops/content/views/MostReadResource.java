package org.proud2bops.content.views;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proud2bops.platform.security.Roles;

@Path("/api/content/most-read")
@Tag(name = "Content items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN})
public class MostReadResource {

    private final ViewService views;

    public MostReadResource(ViewService views) {
        this.views = views;
    }

    @GET
    @Operation(
            summary = "List the most-read published items in a period",
            description = "Published items (any language or visibility) by their views in the period, most first, "
                    + "ties by item id; `size` of them. The period is whole UTC days, `from` and `to` both included, "
                    + "at most 366 days; without them the last 30 days up to today; `from` after `to` is 400 "
                    + "validation-failed. Figures lag reads by up to one save interval (a few seconds). Who may: "
                    + "content editors and admins.")
    public MostReadResponse listMostReadItems(
            @Parameter(description = "The period's first day (UTC, ISO date)") @QueryParam("from") LocalDate from,
            @Parameter(description = "The period's last day (UTC, ISO date), included") @QueryParam("to") LocalDate to,
            @Parameter(description = "How many items") @QueryParam("size") @DefaultValue("10") @Min(1) @Max(100)
                    int size) {
        ViewService.Period period = views.period(from, to);
        return MostReadResponse.of(period, views.mostRead(period, size));
    }
}
