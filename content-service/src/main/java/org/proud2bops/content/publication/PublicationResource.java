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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.content.item.ContentItem;
import org.proud2bops.content.item.ContentKind;
import org.proud2bops.content.item.LanguageTags;
import org.proud2bops.content.publication.PublicationRepository.Fingerprint;
import org.proud2bops.content.views.ViewCounter;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.openapi.ProblemTypes;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Sha256;

@Path("/api/content/publications")
@Tag(name = "Publications", description = "Published articles, news, interviews, opportunities and calls, for readers")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
public class PublicationResource {

    /** The longest search text taken (websearch syntax: words, "phrases", or, -not). */
    static final int MAX_QUERY_LENGTH = 200;

    private static final String ACCEPT_LANGUAGE = "Accept-Language";

    private final PublicationService publications;
    private final Caller caller;
    private final Clock clock;
    private final ViewCounter views;
    private final PublishedReads publishedReads;

    /** A list or search page as kept: its filters, page and whether members-only items are in it. */
    private record ListKey(PublicationFilter filter, int page, int size, boolean membersOnly) {}

    private record ListRead(Fingerprint fingerprint, List<PublicationSummary> items) {}

    /** An item read as kept: the slug, the language asked for (parameter and header, as sent) and what may be read. */
    private record ItemKey(String slug, String language, String acceptLanguage, boolean membersOnly) {}

    private record ItemRead(UUID itemId, String language, EntityTag tag, PublicationResponse body) {}

    public PublicationResource(
            PublicationService publications,
            Caller caller,
            Clock clock,
            ViewCounter views,
            PublishedReads publishedReads) {
        this.publications = publications;
        this.caller = caller;
        this.clock = clock;
        this.views = views;
        this.publishedReads = publishedReads;
    }

    @GET
    @Operation(
            summary = "List or search published items",
            description = "Newest first (publishedAt, then id, both descending); paged. Filters combine. `language` "
                    + "takes the tag and its subtags (zh lists zh-Hans). With `q`, a full-text search over title, "
                    + "summary and body (PostgreSQL websearch syntax: words, \"a phrase\", or, -word), each item "
                    + "searched in its language's configuration (english for English, simple for others), most "
                    + "relevant first, each with a `match` (rank and an HTML-escaped snippet with <mark>ed words). "
                    + "MEMBERS_ONLY items are listed only for callers who may read them (active members, editors). "
                    + "`relatedEvent` lists the items about one event; each summary shows its related event's current "
                    + "state. `author` lists the items naming that member among their member authors. Carries an "
                    + "ETag (it changes when a listed item's related event changes); If-None-Match gives 304 while "
                    + "the list is unchanged. Who may: anyone, for public items (no token needed); active members, "
                    + "content editors and admins also see members-only items.")
    public RestResponse<PageResponse<PublicationSummary>> listPublications(
            @Parameter(description = "Only items of this kind") @QueryParam("kind") ContentKind kind,
            @Parameter(description = "Only items tagged with this topic slug") @QueryParam("topic") @Size(max = 60)
                    String topic,
            @Parameter(description = "Only items in this BCP 47 language or its subtags, e.g. en, zh")
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
            @Parameter(description = "Search text (websearch syntax), at least one letter or digit")
                    @QueryParam("q")
                    @Size(max = MAX_QUERY_LENGTH)
                    String q,
            @Parameter(description = "Only items about this event (its id in the events service)")
                    @QueryParam("relatedEvent")
                    UUID relatedEvent,
            @Parameter(description = "Only items that name this member (a member id) among their member authors")
                    @QueryParam("author")
                    UUID author,
            @Valid @BeanParam PageRequest page,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch,
            @Context UriInfo uriInfo) {
        VersionTags.requireBounded(VersionTags.IF_NONE_MATCH, ifNoneMatch);
        PublicationFilter filter = new PublicationFilter(
                kind,
                topic,
                language == null ? null : LanguageTags.canonical(language, "language"),
                series,
                publishedFrom,
                publishedBefore,
                openCalls,
                searchText(q),
                relatedEvent,
                author);
        ListKey key = new ListKey(filter, page.pageIndex(), page.size, publications.readsMembersOnly(caller));
        ListRead read = publishedReads.get(key, () -> {
            Fingerprint fingerprint = publications.fingerprint(caller, filter);
            List<PublicationSummary> items =
                    publications.page(caller, filter, page.pageIndex() * page.size, page.size).stream()
                            .map(listed -> PublicationSummary.of(listed, clock))
                            .toList();
            return new ListRead(fingerprint, items);
        });
        Fingerprint fingerprint = read.fingerprint();
        EntityTag tag = listTag(uriInfo.getRequestUri().getRawQuery(), fingerprint);
        if (VersionTags.names(ifNoneMatch, "\"" + tag.getValue() + "\"")) {
            return RestResponse.ResponseBuilder.<PageResponse<PublicationSummary>>create(
                            RestResponse.Status.NOT_MODIFIED)
                    .tag(tag)
                    .build();
        }
        int pages = (int) Math.max(1, (fingerprint.total() + page.size - 1) / page.size);
        RestResponse<PageResponse<PublicationSummary>> response =
                new PageResponse<>(read.items(), page.page, page.size, fingerprint.total(), pages).toResponse(uriInfo);
        return RestResponse.ResponseBuilder.fromResponse(response).tag(tag).build();
    }

    @GET
    @Path("/{slug}")
    @Extension(name = ProblemTypes.EXTENSION, value = "forbidden")
    @Operation(
            summary = "Get a published item by slug",
            description = "In the language the reader asks for: the `language` parameter (one BCP 47 tag), or else "
                    + "Accept-Language with its quality values; the parameter wins. The candidates are the items "
                    + "the slug names and their originals and translations; `zh` matches zh-Hans, zh-Hans-CN falls "
                    + "back to zh-Hans. When none is in a language asked for, the original is served with `fallback` "
                    + "true; `language` and Content-Language say which language was served, `requestedLanguage` what "
                    + "was asked, `translations` the item's other languages. Without a preference, the first "
                    + "published of the slug's originals. The body is HTML rendered from Markdown and sanitised. "
                    + "Carries an ETag (it changes when the item, its closing, its translations, the language "
                    + "served or its related event's state change); If-None-Match gives 304 when unchanged; Vary: "
                    + "Accept-Language. A MEMBERS_ONLY item is 401 without a token and 403 for a caller who is not an "
                    + "active member (the member role, and a membership the members service says is ACTIVE). Each "
                    + "answer, 200 or 304, counts a "
                    + "view of the item served (editors read the counts). Who may: anyone, "
                    + "for public items (no token needed); active members, content editors and admins, for members-only "
                    + "items.")
    @APIResponse(
            responseCode = "200",
            description = "The item in the language served",
            headers = {
                @Header(
                        name = HttpHeaders.CONTENT_LANGUAGE,
                        description = "The language served",
                        required = true,
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = HttpHeaders.VARY,
                        description = "Accept-Language: the language served depends on it",
                        required = true,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicationResponse.class)))
    @APIResponse(
            responseCode = "304",
            description = "Not modified: an ETag in If-None-Match is still current",
            headers = {
                @Header(
                        name = HttpHeaders.CONTENT_LANGUAGE,
                        description = "The language that would be served",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = HttpHeaders.VARY,
                        description = "Accept-Language",
                        schema = @Schema(type = SchemaType.STRING))
            })
    public RestResponse<PublicationResponse> getPublication(
            @PathParam("slug") @Size(max = 120) String slug,
            @Parameter(description = "BCP 47 language tag, e.g. en or zh-Hans; wins over Accept-Language")
                    @QueryParam("language")
                    @Size(max = 35)
                    String language,
            @Parameter(
                            description = "Languages the reader prefers, with quality values (RFC 9110); ignored when "
                                    + "malformed")
                    @HeaderParam(ACCEPT_LANGUAGE)
                    @Size(max = 500)
                    String acceptLanguage,
            @Parameter(description = VersionTags.IF_NONE_MATCH_DESCRIPTION) @HeaderParam(VersionTags.IF_NONE_MATCH)
                    String ifNoneMatch) {
        VersionTags.requireBounded(VersionTags.IF_NONE_MATCH, ifNoneMatch);
        LanguagePreference preference = LanguagePreference.of(language, acceptLanguage);
        ItemKey key = new ItemKey(slug, language, acceptLanguage, publications.readsMembersOnly(caller));
        ItemRead read = publishedReads
                .get(
                        key,
                        () -> publications
                                .find(caller, slug, preference)
                                .map(served -> new ItemRead(
                                        served.item().id,
                                        served.item().language,
                                        itemTag(served),
                                        PublicationResponse.of(served, clock))))
                .orElseThrow(() -> Problems.notFound("Published item", slug));
        EntityTag tag = read.tag();
        views.count(read.itemId());
        RestResponse.ResponseBuilder<PublicationResponse> response =
                VersionTags.names(ifNoneMatch, "\"" + tag.getValue() + "\"")
                        ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                        : RestResponse.ResponseBuilder.ok(read.body());
        return response.tag(tag)
                .header(HttpHeaders.CONTENT_LANGUAGE, read.language())
                .header(HttpHeaders.VARY, ACCEPT_LANGUAGE)
                .build();
    }

    /** The search text, stripped; 400 when it has no letter or digit to search for. */
    private static String searchText(String q) {
        if (q == null) {
            return null;
        }
        String text = q.strip();
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw Problems.badRequest("q needs a word to search for", "q");
        }
        return text;
    }

    /** A list's tag: its query (filters, page, size) and what it shows, summed up ({@link Fingerprint}). */
    private static EntityTag listTag(String rawQuery, Fingerprint fingerprint) {
        return new EntityTag(VersionTags.digest(
                "list",
                rawQuery,
                fingerprint.total(),
                fingerprint.lastChange(),
                fingerprint.closed(),
                fingerprint.relatedEvents()));
    }

    /**
     * An item's tag: its version, marked once a closing date has passed (the body's `closed` changed then), and a
     * digest of what else the body says: which item, the language asked for, whether it is a fallback, the family's
     * other languages, and the related event's change number.
     */
    private EntityTag itemTag(PublicationService.Served served) {
        ContentItem item = served.item();
        StringBuilder variant = new StringBuilder()
                .append(item.id)
                .append('|')
                .append(served.requestedLanguage())
                .append('|')
                .append(served.fallback());
        served.translations()
                .forEach(other ->
                        variant.append('|').append(other.language).append(':').append(other.slug));
        if (served.relatedEvent() != null) {
            // The related event changes without an edit of the item: its change number is part of the tag
            variant.append("|event:").append(served.relatedEvent().changeNumber());
        }
        return new EntityTag(item.version + (item.isClosed(clock) ? "-closed" : "") + "-"
                + Sha256.hex(variant.toString()).substring(0, 16));
    }
}
