package org.proud2bops.content.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.content.item.ContentItem;
import org.proud2bops.content.item.ContentKind;
import org.proud2bops.content.item.LanguageTags;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

@Path("/api/content/publications")
@Tag(name = "Publications", description = "Published articles, news, interviews, opportunities and calls, for readers")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
public class PublicationResource {

    private final PublicationService publications;
    private final Caller caller;
    private final Clock clock;

    public PublicationResource(PublicationService publications, Caller caller, Clock clock) {
        this.publications = publications;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(
            summary = "List published items",
            description = "Newest first (publishedAt, then id, both descending); paged. Filters combine. "
                    + "MEMBERS_ONLY items are listed only for callers who may read them. Who may: anyone, for public "
                    + "items (no token needed); members, content editors and admins also see members-only items.")
    public RestResponse<PageResponse<PublicationSummary>> listPublications(
            @Parameter(description = "Only items of this kind") @QueryParam("kind") ContentKind kind,
            @Parameter(description = "Only items tagged with this topic slug") @QueryParam("topic") @Size(max = 60)
                    String topic,
            @Parameter(description = "Only items in this BCP 47 language, e.g. en")
                    @QueryParam("language")
                    @Size(max = 35)
                    String language,
            @Parameter(description = "Only parts of the series with this name") @QueryParam("series") @Size(max = 200)
                    String series,
            @Parameter(description = "Only items published at or after this instant") @QueryParam("publishedFrom")
                    Instant publishedFrom,
            @Parameter(description = "Only items published before this instant") @QueryParam("publishedBefore")
                    Instant publishedBefore,
            @Parameter(description = "Only opportunities and calls that have not closed")
                    @QueryParam("openCalls")
                    @DefaultValue("false")
                    boolean openCalls,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        PublicationFilter filter = new PublicationFilter(
                kind,
                topic,
                language == null ? null : LanguageTags.canonical(language, "language"),
                series,
                publishedFrom,
                publishedBefore,
                openCalls);
        return PageResponse.of(
                        publications.list(caller, filter),
                        page,
                        (ContentItem item) -> PublicationSummary.of(item, clock))
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{slug}")
    @Extension(name = ProblemTypes.EXTENSION, value = "forbidden")
    @Operation(
            summary = "Get a published item by slug",
            description = "In the `language` asked for; without it, the first published of the slug's languages. "
                    + "The body is HTML rendered from Markdown and sanitised. Carries an ETag (it changes when the "
                    + "item changes or its closing date passes); If-None-Match gives 304 when unchanged. A "
                    + "MEMBERS_ONLY item is 401 without a token and 403 for a token without the member role. Who "
                    + "may: anyone, for public items (no token needed); members, content editors and admins, for "
                    + "members-only items.")
    public RestResponse<PublicationResponse> getPublication(
            @PathParam("slug") @Size(max = 120) String slug,
            @Parameter(description = "BCP 47 language tag, e.g. en or zh-Hans") @QueryParam("language") @Size(max = 35)
                    String language,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        String tag = language == null ? null : LanguageTags.canonical(language, "language");
        ContentItem item =
                publications.find(caller, slug, tag).orElseThrow(() -> Problems.notFound("Published item", slug));
        return conditionalRead(ifNoneMatch, item);
    }

    /** The item's ETag is its version, marked once a closing date has passed (the body's `closed` changed then). */
    private RestResponse<PublicationResponse> conditionalRead(String ifNoneMatch, ContentItem item) {
        VersionTags.requireBounded(VersionTags.IF_NONE_MATCH, ifNoneMatch);
        boolean closed = item.isClosed(clock);
        EntityTag tag = new EntityTag(item.version + (closed ? "-closed" : ""));
        if (VersionTags.names(ifNoneMatch, "\"" + tag.getValue() + "\"")) {
            return RestResponse.ResponseBuilder.<PublicationResponse>create(RestResponse.Status.NOT_MODIFIED)
                    .tag(tag)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(PublicationResponse.of(item, clock))
                .tag(tag)
                .build();
    }
}
