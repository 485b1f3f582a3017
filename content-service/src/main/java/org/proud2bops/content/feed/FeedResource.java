package org.proud2bops.content.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.content.item.ContentKind;
import org.proud2bops.platform.http.VersionTags;

@Path("/api/content/feeds")
@Tag(name = "Feeds", description = "Published public content as RSS 2.0 and Atom feeds for feed readers")
@PermitAll
public class FeedResource {

    static final String RSS = "application/rss+xml";
    static final String ATOM = "application/atom+xml";
    /** A feed reader polls; five minutes old is fresh enough, and it revalidates with the ETag or Last-Modified. */
    static final String CACHING = "public, max-age=300";

    private static final String RSS_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
            + "<channel><title>Proud2bOps: published content</title>"
            + "<link>https://api.proud2bops.org/api/content/publications</link><description>The newest published "
            + "content</description><item><title>Winter planning, part 1</title>"
            + "<link>https://api.proud2bops.org/api/content/publications/winter-planning-part-1?language=en</link>"
            + "<description>What operational teams learned last winter</description>"
            + "<guid isPermaLink=\"false\">urn:uuid:9b2f4a51-3c1e-4d7a-8f60-2b7c9e1d4a10</guid>"
            + "</item></channel></rss>";
    private static final String ATOM_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Proud2bOps: published content</title>"
            + "<id>tag:proud2bops.org,2026:content-feed:all:all</id><updated>2027-01-15T07:00:00Z</updated>"
            + "<author><name>Proud2bOps</name></author><entry><title>Winter planning, part 1</title>"
            + "<link rel=\"alternate\" href=\"https://api.proud2bops.org/api/content/publications/"
            + "winter-planning-part-1?language=en\"/><id>urn:uuid:9b2f4a51-3c1e-4d7a-8f60-2b7c9e1d4a10</id>"
            + "<updated>2027-01-15T07:00:00Z</updated><summary>What operational teams learned last winter</summary>"
            + "</entry></feed>";

    private final FeedService feeds;

    public FeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/rss")
    @Produces(RSS)
    @Operation(
            summary = "Subscribe to published content as RSS 2.0",
            description = "The newest published PUBLIC items (at most 50), optionally of one kind or one topic; "
                    + "members-only items are never in a feed. Each item links to its read operation, with its "
                    + "summary, sanitised HTML body (content:encoded), topics as categories and a guid "
                    + "`urn:uuid:<item id>`. Carries an ETag and Last-Modified; If-None-Match, or without it "
                    + "If-Modified-Since, gives 304 while unchanged. Who may: anyone (no token needed).")
    @APIResponse(
            responseCode = "200",
            description = "The RSS 2.0 feed (UTF-8)",
            headers = {
                @Header(
                        name = HttpHeaders.LAST_MODIFIED,
                        description = "When any item last changed",
                        required = true,
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = RSS,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "feed", value = RSS_EXAMPLE)))
    @APIResponse(
            responseCode = "304",
            description = "Not modified: the feed is unchanged since the ETag or date you hold",
            headers = {
                @Header(name = HttpHeaders.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))
            })
    public RestResponse<String> getRssFeed(
            @Parameter(description = "Only items of this kind") @QueryParam("kind") ContentKind kind,
            @Parameter(description = "Only items tagged with this topic slug") @QueryParam("topic") @Size(max = 60)
                    String topic,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch,
            @Parameter(
                            description =
                                    "An HTTP date; 304 when nothing changed since (ignored with If-None-Match, or "
                                            + "when it is not a valid date)")
                    @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE)
                    @Size(max = 64)
                    String ifModifiedSince) {
        return served(FeedFormat.RSS, kind, topic, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("/atom")
    @Produces(ATOM)
    @Operation(
            summary = "Subscribe to published content as Atom",
            description = "The newest published PUBLIC items (at most 50), optionally of one kind or one topic; "
                    + "members-only items are never in a feed. Each entry has the id `urn:uuid:<item id>`, a link "
                    + "to its read operation, its summary, its sanitised HTML body as content, its topics as "
                    + "categories and its member and guest authors. Carries an ETag and Last-Modified; If-None-Match, or "
                    + "without it If-Modified-Since, gives 304 while unchanged. Who may: anyone (no token needed).")
    @APIResponse(
            responseCode = "200",
            description = "The Atom 1.0 feed (UTF-8)",
            headers = {
                @Header(
                        name = HttpHeaders.LAST_MODIFIED,
                        description = "When any item last changed",
                        required = true,
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = ATOM,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "feed", value = ATOM_EXAMPLE)))
    @APIResponse(
            responseCode = "304",
            description = "Not modified: the feed is unchanged since the ETag or date you hold",
            headers = {
                @Header(name = HttpHeaders.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))
            })
    public RestResponse<String> getAtomFeed(
            @Parameter(description = "Only items of this kind") @QueryParam("kind") ContentKind kind,
            @Parameter(description = "Only items tagged with this topic slug") @QueryParam("topic") @Size(max = 60)
                    String topic,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch,
            @Parameter(
                            description =
                                    "An HTTP date; 304 when nothing changed since (ignored with If-None-Match, or "
                                            + "when it is not a valid date)")
                    @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE)
                    @Size(max = 64)
                    String ifModifiedSince) {
        return served(FeedFormat.ATOM, kind, topic, ifNoneMatch, ifModifiedSince);
    }

    /** 304 when the client's copy is current, decided before the XML is written; else 200 with the feed. */
    private RestResponse<String> served(
            FeedFormat format, ContentKind kind, String topic, String ifNoneMatch, String ifModifiedSince) {
        VersionTags.requireBounded(VersionTags.IF_NONE_MATCH, ifNoneMatch);
        FeedDocument feed = feeds.feed(format, kind, topic);
        RestResponse.ResponseBuilder<String> response = feed.isCurrentFor(ifNoneMatch, httpDate(ifModifiedSince))
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(feed.xml().get(), format.mediaType() + "; charset=utf-8");
        return response.header(HttpHeaders.ETAG, "\"" + feed.tag() + "\"")
                .lastModified(Date.from(feed.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, CACHING)
                .build();
    }

    /** An IMF-fixdate (or another RFC 1123 date); null when absent or not a date (RFC 9110 says: ignore it). */
    private static Instant httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
