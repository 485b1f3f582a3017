package org.proud2bops.content.item;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.proud2bops.content.publication.PublishedReads;

/**
 * An article, news item, interview, opportunity, call, conference abstract or event announcement, in one language.
 * The slug is unique per language; the body is Markdown, kept with the sanitised HTML rendered from it.
 */
@Entity
@EntityListeners(PublishedReads.RowChanges.class)
@Table(name = "content_item")
public class ContentItem {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemStatus status;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String slug;

    /** A BCP 47 language tag in its canonical form, e.g. en, zh-Hans. */
    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String summary;

    /** Markdown, as the editor wrote it. */
    @Column(nullable = false)
    public String body;

    /** The body rendered to HTML and sanitised, at every change of the body. */
    @Column(name = "body_html", nullable = false)
    public String bodyHtml;

    /** Topic slugs, in the editor's order; the database keeps them to existing topics. */
    @ElementCollection
    @CollectionTable(name = "content_item_topic", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic_slug")
    @BatchSize(size = 100)
    public List<String> topics = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<GuestAuthor> authors = new ArrayList<>();

    /** Members named as authors, in the order printed (before the guest authors), with their names as printed. */
    @ElementCollection
    @CollectionTable(name = "content_item_member_author", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<MemberAuthor> memberAuthors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ExternalLink> links = new ArrayList<>();

    @Column(name = "series_name")
    public String seriesName;

    @Column(name = "series_part")
    public Integer seriesPart;

    @Column(name = "series_of")
    public Integer seriesOf;

    /** When an opportunity or call closes; null for other kinds and open-ended opportunities. */
    @Column(name = "closes_at")
    public Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    /** When a SCHEDULED item is to be published; kept afterwards as a record of the schedule. */
    @Column(name = "publish_at")
    public Instant publishAt;

    /** When it was (last) published; null until then. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The original this item translates; null for an original. Set when the translation is written, never changed. */
    @Column(name = "translation_of", updatable = false)
    public UUID translationOf;

    /** The event this item is about (an event announcement's event), from the events projection; null for none. */
    @Column(name = "related_event_id")
    public UUID relatedEventId;

    @Version
    public long version;

    /** The original of this item's family of translations: the item itself, or the original it translates. */
    public UUID originalId() {
        return translationOf == null ? id : translationOf;
    }

    public ItemDetails details() {
        return new ItemDetails(
                kind,
                title,
                slug,
                language,
                summary,
                body,
                List.copyOf(topics),
                List.copyOf(authors),
                series(),
                List.copyOf(links),
                closesAt,
                visibility,
                relatedEventId,
                memberAuthors.stream().map(author -> author.memberId).toList());
    }

    public Series series() {
        return seriesName == null ? null : new Series(seriesName, seriesPart, seriesOf);
    }

    public ItemSnapshot snapshot() {
        return new ItemSnapshot(details(), status, publishAt);
    }

    /** Whether an opportunity or call has passed its closing date by the clock's time. */
    public boolean isClosed(Clock clock) {
        return closesAt != null && !closesAt.isAfter(clock.instant());
    }

    /** Whether this member is one of the item's member authors. */
    public boolean isWrittenBy(UUID memberId) {
        return memberAuthors.stream().anyMatch(author -> author.memberId.equals(memberId));
    }

    /** Takes the member author lines for the details' {@code memberAuthors}, in their order. */
    void nameMemberAuthors(List<MemberAuthor> lines) {
        memberAuthors.clear();
        memberAuthors.addAll(lines);
    }

    /** Takes the details (validated) and the HTML rendered from their body. */
    void apply(ItemDetails details, String renderedBody) {
        kind = details.kind();
        title = details.title();
        slug = details.slug();
        language = details.language();
        summary = details.summary();
        body = details.body();
        bodyHtml = renderedBody;
        topics.clear();
        topics.addAll(details.topics());
        authors = new ArrayList<>(details.authors());
        links = new ArrayList<>(details.links());
        Series series = details.series();
        seriesName = series == null ? null : series.name();
        seriesPart = series == null ? null : series.part();
        seriesOf = series == null ? null : series.of();
        closesAt = details.closesAt();
        visibility = details.visibility();
        relatedEventId = details.relatedEventId();
    }
}
