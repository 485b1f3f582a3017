package org.proud2bops.content.topic;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Roles;

@Path("/api/content/topics")
@Tag(name = "Topics", description = "Subjects content is tagged with")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TopicResource {

    private final TopicService topics;
    private final IdempotentRequests idempotentRequests;

    public TopicResource(TopicService topics, IdempotentRequests idempotentRequests) {
        this.topics = topics;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List topics",
            description = "Alphabetical by name; paged. Carries an ETag (it changes when a topic is added or "
                    + "reworded); If-None-Match gives 304 while the list is unchanged. Who may: anyone; no token "
                    + "needed.")
    public RestResponse<PageResponse<TopicResponse>> listTopics(
            @Valid @BeanParam PageRequest page,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch,
            @Context UriInfo uriInfo) {
        VersionTags.requireBounded(VersionTags.IF_NONE_MATCH, ifNoneMatch);
        EntityTag tag = new EntityTag(
                VersionTags.digest("topics", uriInfo.getRequestUri().getRawQuery(), topics.fingerprint()));
        if (VersionTags.names(ifNoneMatch, "\"" + tag.getValue() + "\"")) {
            return RestResponse.ResponseBuilder.<PageResponse<TopicResponse>>create(RestResponse.Status.NOT_MODIFIED)
                    .tag(tag)
                    .build();
        }
        RestResponse<PageResponse<TopicResponse>> response =
                PageResponse.of(topics.all(), page, TopicResponse::of).toResponse(uriInfo);
        return RestResponse.ResponseBuilder.fromResponse(response).tag(tag).build();
    }

    @GET
    @PermitAll
    @Path("/{slug}")
    @Operation(
            summary = "Get a topic",
            description =
                    "Carries an ETag; If-None-Match gives 304 when unchanged. " + "Who may: anyone; no token needed.")
    public RestResponse<TopicResponse> getTopic(
            @PathParam("slug") @Size(max = 60) String slug,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        Topic topic = topics.find(slug).orElseThrow(() -> Problems.notFound("Topic", slug));
        return VersionTags.conditionalRead(ifNoneMatch, topic.version, TopicResponse.of(topic));
    }

    @POST
    @RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Add a topic",
            description = "A slug or name already in use is 409. Send an Idempotency-Key "
                    + "to make retries safe. Who may: content editors and admins.")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location and ETag name the new topic",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TopicResponse.class)))
    @Extension(name = ProblemTypes.EXTENSION, value = "already-exists")
    public RestResponse<TopicResponse> addTopic(
            @Parameter(description = "Makes a retry return the first outcome") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull TopicRequest request,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute("addTopic", idempotencyKey, request, TopicResponse.class, () -> {
            Topic topic = topics.add(request.slug(), request.name(), request.description());
            return VersionTags.created(uriInfo, topic.slug, topic.version, TopicResponse.of(topic));
        });
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Reword a topic",
            description = "Changes its name and description; the slug stays. Requires "
                    + "If-Match with the ETag you read: 428 without it, 412 when it changed since. Who may: content editors and "
                    + "admins.")
    @Extension(name = ProblemTypes.EXTENSION, value = "already-exists")
    public RestResponse<TopicResponse> rewordTopic(
            @PathParam("slug") @Size(max = 60) String slug,
            @Valid @NotNull TopicRequest request,
            @Parameter(description = VersionTags.IF_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_MATCH)
                    String ifMatch) {
        ExpectedVersion expectedVersion = VersionTags.requiredVersion(ifMatch);
        Topic topic = topics.reword(slug, expectedVersion, request.name(), request.description())
                .orElseThrow(() -> Problems.notFound("Topic", slug));
        return VersionTags.updated(topic.version, TopicResponse.of(topic));
    }
}
