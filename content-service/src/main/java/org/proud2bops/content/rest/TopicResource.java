package org.proud2bops.content.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.content.domain.Topic;
import org.proud2bops.content.service.TopicCatalogue;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.problem.Problems;

@Path("/api/content/topics")
@Tag(name = "Topics", description = "Subjects content is tagged with")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TopicResource {

    private final TopicCatalogue catalogue;

    public TopicResource(TopicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List topics", description = "Alphabetical by name; paged. Who may: anyone; no token needed.")
    public RestResponse<PageResponse<TopicResponse>> listTopics(@Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponse.of(catalogue.all(), page, TopicResponse::of).toResponse(uriInfo);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get a topic", description = "Carries an ETag; If-None-Match gives 304 when unchanged. "
            + "Who may: anyone; no token needed.")
    public RestResponse<TopicResponse> getTopic(@PathParam("slug") String slug, @Context Request request) {
        Topic topic = catalogue.find(slug).orElseThrow(() -> Problems.notFound("Topic", slug));
        return VersionTags.conditionalRead(request, topic.version, TopicResponse.of(topic));
    }
}
