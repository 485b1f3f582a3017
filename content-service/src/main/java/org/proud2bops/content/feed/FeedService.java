package org.proud2bops.content.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.proud2bops.content.item.ContentItem;
import org.proud2bops.content.item.ContentKind;
import org.proud2bops.content.publication.PublicationFilter;
import org.proud2bops.content.publication.PublicationRepository.Fingerprint;
import org.proud2bops.content.publication.PublicationService;
import org.proud2bops.content.publication.PublishedReads;
import org.proud2bops.platform.http.PublicLinks;
import org.proud2bops.platform.http.VersionTags;

/**
 * RSS 2.0 and Atom 1.0 feeds (written with ROME) of the newest published PUBLIC items, optionally of one kind or one
 * topic; members-only items are never in a feed, whoever asks. Each entry links to the item's read operation in its
 * language, has the item's id as a {@code urn:uuid:} identity, its summary and its sanitised HTML body.
 */
@ApplicationScoped
public class FeedService {

    /** The most items one feed carries: the newest. */
    static final int MAX_ITEMS = 50;

    static final String PUBLISHER = "Proud2bOps";

    /** What XML 1.0 cannot carry (control characters, lone surrogates): removed from every text. */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final PublicationService publications;
    private final PublishedReads publishedReads;

    /** A feed as kept: which one. */
    private record FeedKey(FeedFormat format, ContentKind kind, String topic) {}

    public FeedService(PublicationService publications, PublishedReads publishedReads) {
        this.publications = publications;
        this.publishedReads = publishedReads;
    }

    /** The feed, written once per change of what it lists (kept by {@link PublishedReads}). */
    public FeedDocument feed(FeedFormat format, ContentKind kind, String topic) {
        return publishedReads.get(new FeedKey(format, kind, topic), () -> {
            FeedDocument read = read(format, kind, topic);
            String xml = read.xml().get();
            return new FeedDocument(read.tag(), read.lastModified(), () -> xml);
        });
    }

    private FeedDocument read(FeedFormat format, ContentKind kind, String topic) {
        PublicationFilter filter = PublicationFilter.of(kind, topic);
        Fingerprint fingerprint = publications.publicFingerprint(filter);
        String tag = VersionTags.digest(
                format.name().toLowerCase(), kind, topic, fingerprint.total(), fingerprint.lastChange());
        return new FeedDocument(
                tag,
                publications.lastChange(),
                () -> write(format, kind, topic, publications.latestPublic(filter, MAX_ITEMS)));
    }

    private static String write(FeedFormat format, ContentKind kind, String topic, List<ContentItem> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType());
        String scope = (kind == null ? "" : " " + kind.name().toLowerCase().replace('_', ' '))
                + (topic == null ? "" : " on " + topic);
        feed.setTitle(PUBLISHER + ": published content" + scope);
        feed.setDescription("The newest published" + (scope.isEmpty() ? " content" : scope) + " of the " + PUBLISHER
                + " network: articles, news, interviews, opportunities and calls");
        feed.setUri("tag:proud2bops.org,2026:content-feed:" + (kind == null ? "all" : kind.name()) + ":"
                + (topic == null ? "all" : topic));
        UriBuilder list = PublicLinks.root().path("/api/content/publications");
        UriBuilder self =
                PublicLinks.root().path("/api/content/feeds").path(format.name().toLowerCase());
        if (kind != null) {
            list.queryParam("kind", kind.name());
            self.queryParam("kind", kind.name());
        }
        if (topic != null) {
            list.queryParam("topic", topic);
            self.queryParam("topic", topic);
        }
        feed.setLink(list.build().toString());
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setType(format.mediaType());
        selfLink.setHref(self.build().toString());
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(list.build().toString());
        feed.setLinks(List.of(alternate, selfLink));
        feed.setAuthors(List.of(person(PUBLISHER)));
        // Atom's feed-level updated: the newest change of a listed item
        feed.setPublishedDate(Date.from(items.stream()
                .map(item -> item.updatedAt)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH)));
        feed.setEntries(items.stream().map(FeedService::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    private static SyndEntry entry(ContentItem item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(xml(item.title));
        entry.setLink(PublicLinks.root()
                .path("/api/content/publications/{slug}")
                .queryParam("language", item.language)
                .build(item.slug)
                .toString());
        entry.setUri("urn:uuid:" + item.id);
        entry.setPublishedDate(Date.from(item.publishedAt));
        entry.setUpdatedDate(Date.from(item.updatedAt));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(xml(item.summary));
        entry.setDescription(summary);
        SyndContent body = new SyndContentImpl();
        body.setType("html");
        body.setValue(xml(item.bodyHtml));
        entry.setContents(List.of(body));
        entry.setCategories(item.topics.stream().map(FeedService::category).toList());
        // Member authors first, as printed (an erased member's line: "Former member"), then guests
        List<SyndPerson> authors = Stream.concat(
                        item.memberAuthors.stream().map(author -> author.name),
                        item.authors.stream().map(author -> author.name()))
                .map(FeedService::person)
                .toList();
        if (!authors.isEmpty()) {
            entry.setAuthors(authors);
        }
        return entry;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(xml(name));
        return person;
    }

    private static SyndCategory category(String topic) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(topic);
        return category;
    }

    private static String xml(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }
}
