package org.proud2bops.platform.conventions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.problem.Problems;

/** A test-only API that exercises every shared convention the way a service uses them. */
@Path("/api/widgets")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {

    public record WidgetRequest(
            @NotBlank @Size(max = 50) String name,
            @Max(3000) int quantity,
            Instant when) {}

    public record WidgetResponse(UUID id, String name) {
        static WidgetResponse of(Widget widget) {
            return new WidgetResponse(widget.id, widget.name);
        }
    }

    @ApplicationScoped
    public static class Widgets implements PanacheRepositoryBase<Widget, UUID> {

        @Transactional
        public Widget create(String name) {
            Widget widget = new Widget();
            widget.id = UUID.randomUUID();
            widget.name = name;
            persistAndFlush(widget);
            return widget;
        }

        @Transactional
        public Widget rename(UUID id, ExpectedVersion expectedVersion, String name) {
            Widget widget = findByIdOptional(id).orElseThrow(() -> Problems.notFound("Widget", id));
            expectedVersion.requireMatch(widget.version);
            widget.name = name;
            flush();
            return widget;
        }
    }

    private final Widgets widgets;
    private final IdempotentRequests idempotentRequests;
    private final CreationHolds creationHolds;

    public WidgetResource(Widgets widgets, IdempotentRequests idempotentRequests, CreationHolds creationHolds) {
        this.widgets = widgets;
        this.idempotentRequests = idempotentRequests;
        this.creationHolds = creationHolds;
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WidgetResponse.class)))
    public RestResponse<WidgetResponse> createWidget(
            @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull WidgetRequest request,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute("createWidget", key, request, WidgetResponse.class, () -> {
            Widget widget = widgets.create(request.name());
            creationHolds.stopHereIfHeld(request.name());
            return VersionTags.created(uriInfo, widget.id, widget.version, WidgetResponse.of(widget));
        });
    }

    @GET
    @Path("/{id}")
    public RestResponse<WidgetResponse> getWidget(
            @PathParam("id") UUID id, @HeaderParam(VersionTags.IF_NONE_MATCH) String ifNoneMatch) {
        Widget widget = widgets.findByIdOptional(id).orElseThrow(() -> Problems.notFound("Widget", id));
        return VersionTags.conditionalRead(ifNoneMatch, widget.version, WidgetResponse.of(widget));
    }

    @GET
    public RestResponse<PageResponse<WidgetResponse>> listWidgets(
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponse.of(widgets.findAll(Sort.by("name").and("id")), page, WidgetResponse::of)
                .toResponse(uriInfo);
    }

    @PATCH
    @Path("/{id}")
    public RestResponse<WidgetResponse> renameWidget(
            @PathParam("id") UUID id,
            @Valid @NotNull WidgetRequest request,
            @HeaderParam(VersionTags.IF_MATCH) String ifMatch) {
        Widget widget = widgets.rename(id, VersionTags.requiredVersion(ifMatch), request.name());
        return VersionTags.updated(widget.version, WidgetResponse.of(widget));
    }

    @GET
    @Path("/failure")
    public Response fail() {
        throw new IllegalStateException("org.proud2bops.secret.InternalThing exploded");
    }
}
