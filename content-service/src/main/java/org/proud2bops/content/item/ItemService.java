package org.proud2bops.content.item;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.content.event.RelatedEventService;
import org.proud2bops.content.event.RelatedEventView;
import org.proud2bops.content.memberprofile.MemberProfile;
import org.proud2bops.content.memberprofile.MemberProfileService;
import org.proud2bops.content.rendering.MarkdownRenderer;
import org.proud2bops.content.topic.TopicService;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * Content items through the editorial workflow: editors write them, move them from draft to published and back, and
 * restore earlier revisions; every change is kept as a revision, and changes the public sees become facts. Which
 * roles may call is decided by the resource's roles; what an active member may do with items they author is decided
 * here, by {@link ItemAccess}, with their profile from the members projection. This class keeps the rules of the
 * content.
 */
@ApplicationScoped
public class ItemService {

    /** How many due items one run of the publishing job takes in one transaction. */
    static final int PUBLISHING_BATCH = 50;

    private final ContentItemRepository items;
    private final ItemRevisionRepository revisions;
    private final TopicService topics;
    private final MarkdownRenderer renderer;
    private final ItemEvents facts;
    private final RelatedEventService relatedEvents;
    private final Clock clock;
    private final ItemAccess access;
    private final MemberProfileService members;

    public ItemService(
            ContentItemRepository items,
            ItemRevisionRepository revisions,
            TopicService topics,
            MarkdownRenderer renderer,
            ItemEvents facts,
            RelatedEventService relatedEvents,
            Clock clock,
            ItemAccess access,
            MemberProfileService members) {
        this.items = items;
        this.revisions = revisions;
        this.topics = topics;
        this.renderer = renderer;
        this.facts = facts;
        this.relatedEvents = relatedEvents;
        this.clock = clock;
        this.access = access;
        this.members = members;
    }

    public PanacheQuery<ContentItem> inStatus(ItemStatus status) {
        return items.inStatus(status);
    }

    /** The item's related event as the events projection knows it now; empty when it has none. */
    public Optional<RelatedEventView> relatedEventOf(ContentItem item) {
        return relatedEvents.find(item.relatedEventId);
    }

    /** The item, in any status, for an editor or its author; 404 for others' items, 403 for those who may not draft. */
    public Optional<ContentItem> find(Caller caller, UUID itemId) {
        return items.findByIdOptional(itemId).map(item -> {
            enforce(access.toRead(caller, self(caller), item), itemId);
            return item;
        });
    }

    @Transactional
    public ContentItem create(Caller caller, ItemDetails requested) {
        return create(caller, requested, null);
    }

    /**
     * Writes a translation of the item (a DRAFT linked to its original): of the item's original when the item is
     * itself a translation, so a family is one original and its translations. One item per language per family:
     * 409 {@code translation-exists} otherwise. Empty when there is no such item.
     */
    @Transactional
    public Optional<ContentItem> createTranslation(Caller caller, UUID itemId, ItemDetails requested) {
        return items.findByIdOptional(itemId)
                // Locking the original lets one translation per family be written at a time
                .flatMap(named -> items.findForUpdate(named.originalId()))
                .map(original -> create(caller, requested, original.id));
    }

    private ContentItem create(Caller caller, ItemDetails requested, UUID originalId) {
        enforce(access.toCreate(caller, self(caller), requested.memberAuthors()), null);
        ItemDetails details = checked(requested, null, originalId);
        ContentItem item = new ContentItem();
        item.id = UUID.randomUUID();
        item.translationOf = originalId;
        item.status = ItemStatus.DRAFT;
        item.createdAt = now();
        item.updatedAt = item.createdAt;
        item.apply(details, renderer.toSafeHtml(details.body()));
        item.nameMemberAuthors(memberAuthorLines(details.memberAuthors()));
        items.persist(item);
        items.flush();
        record(caller.subject(), item, RevisionChange.CREATED, details.changedSince(null), null);
        return item;
    }

    /** Replaces the item's content; a change that changes nothing writes no revision. */
    @Transactional
    public Optional<ContentItem> update(Caller caller, UUID itemId, ExpectedVersion expected, ItemDetails requested) {
        return items.findForUpdate(itemId).map(item -> {
            enforce(access.toChange(caller, self(caller), item, requested.memberAuthors()), itemId);
            expected.requireMatch(item.version);
            ItemDetails before = item.details();
            ItemDetails details = checked(requested, item, item.originalId());
            List<String> changed = details.changedSince(before);
            if (!changed.isEmpty()) {
                change(caller.subject(), item, details, RevisionChange.EDITED, changed, null);
            }
            return item;
        });
    }

    /** Moves the item in the workflow ({@link ItemStatus}); SCHEDULED needs a time to publish in the future. */
    @Transactional
    public Optional<ContentItem> transition(
            Caller caller, UUID itemId, ExpectedVersion expected, ItemStatus target, Instant publishAt) {
        return items.findForUpdate(itemId).map(item -> {
            enforce(access.toMove(caller, self(caller), item, target), itemId);
            expected.requireMatch(item.version);
            if (!item.status.mayMoveTo(target)) {
                throw Problems.of(
                        ProblemType.TRANSITION_NOT_ALLOWED,
                        "A " + item.status + " item moves only to " + item.status.next() + ", not to " + target,
                        "to");
            }
            if (target == ItemStatus.SCHEDULED) {
                requireFuture(publishAtFor(publishAt), "publishAt");
            } else if (publishAt != null) {
                throw Problems.badRequest("publishAt is only for SCHEDULED", "publishAt");
            }
            ItemStatus before = item.status;
            item.status = target;
            item.publishAt = target == ItemStatus.SCHEDULED ? toStored(publishAt) : null;
            if (target == ItemStatus.PUBLISHED) {
                item.publishedAt = now();
            }
            statusChanged(caller.subject(), item, before);
            return item;
        });
    }

    /** Brings back an earlier revision's content (not its status), as a new revision. */
    @Transactional
    public Optional<ContentItem> restore(Caller caller, UUID itemId, ExpectedVersion expected, int number) {
        return items.findForUpdate(itemId).map(item -> {
            expected.requireMatch(item.version);
            ItemRevision revision = revisions
                    .find(itemId, number)
                    .orElseThrow(() -> Problems.notFound(
                            "Revision " + number + " of item " + itemId + " does not exist or is not visible to you"));
            ItemDetails details = checked(revision.snapshot.content(), item, item.originalId());
            change(
                    caller.subject(),
                    item,
                    details,
                    RevisionChange.RESTORED,
                    details.changedSince(item.details()),
                    number);
            return item;
        });
    }

    /** The item's revisions, newest first; empty when there is no such item. */
    public Optional<PanacheQuery<ItemRevision>> history(UUID itemId) {
        return items.findByIdOptional(itemId).map(item -> revisions.history(itemId));
    }

    public Optional<ItemRevision> revision(UUID itemId, int number) {
        return revisions.find(itemId, number);
    }

    /**
     * Publishes the scheduled items whose time has come by the clock, in one transaction; items another instance is
     * publishing at the same moment are skipped (they are locked), so each is published exactly once.
     *
     * @return how many items this call published
     */
    @Transactional
    public int publishDue() {
        List<ContentItem> due = items.claimDue(now(), PUBLISHING_BATCH);
        for (ContentItem item : due) {
            item.status = ItemStatus.PUBLISHED;
            item.publishedAt = item.publishAt;
            statusChanged(ItemRevision.SCHEDULE, item, ItemStatus.SCHEDULED);
        }
        return due.size();
    }

    private void change(
            String editor,
            ContentItem item,
            ItemDetails details,
            RevisionChange change,
            List<String> changed,
            Integer restoredFrom) {
        item.apply(details, renderer.toSafeHtml(details.body()));
        item.nameMemberAuthors(memberAuthorLines(details.memberAuthors()));
        item.updatedAt = now();
        items.flush();
        record(editor, item, change, changed, restoredFrom);
        facts.changed(item, item.status, !changed.isEmpty());
    }

    private void statusChanged(String editor, ContentItem item, ItemStatus before) {
        item.updatedAt = now();
        items.flush();
        List<String> changed = item.status == ItemStatus.SCHEDULED ? List.of("status", "publishAt") : List.of("status");
        record(editor, item, RevisionChange.STATUS_CHANGED, changed, null);
        facts.changed(item, before, false);
    }

    private void record(
            String editor, ContentItem item, RevisionChange change, List<String> changed, Integer restoredFrom) {
        ItemRevision revision = new ItemRevision();
        revision.id = UUID.randomUUID();
        revision.itemId = item.id;
        revision.number = revisions.nextNumber(item.id);
        revision.createdAt = item.updatedAt;
        revision.editor = editor;
        revision.change = change;
        revision.changedFields = List.copyOf(changed);
        revision.restoredFrom = restoredFrom;
        revision.snapshot = item.snapshot();
        revisions.persist(revision);
    }

    /** The clock's time to the microsecond, as the database keeps it, so what is returned is what is read later. */
    private Instant now() {
        return toStored(clock.instant());
    }

    private static Instant publishAtFor(Instant publishAt) {
        if (publishAt == null) {
            throw Problems.badRequest("SCHEDULED needs publishAt, the time to publish the item", "publishAt");
        }
        return publishAt;
    }

    /**
     * The details with their language tag in canonical form, after every rule annotations cannot check: the slug free
     * in the language, topics that exist, links that are web addresses, a series part within the series, and a
     * closing date only where the kind closes (required for calls; in the future whenever it is set or changed); and,
     * in a family of translations (the original {@code originalId}, null for none), a language no other member has.
     */
    private ItemDetails checked(ItemDetails details, ContentItem existing, UUID originalId) {
        String language = LanguageTags.canonical(details.language(), "language");
        UUID itemId = existing == null ? null : existing.id;
        if (originalId != null && items.languageTakenInFamily(originalId, language, itemId)) {
            throw Problems.of(
                    ProblemType.TRANSLATION_EXISTS,
                    "The original " + originalId + " or one of its translations is already in " + language,
                    "language");
        }
        if (items.slugTaken(language, details.slug(), itemId)) {
            throw Problems.of(
                    ProblemType.ALREADY_EXISTS,
                    "Another item in " + language + " already has the slug " + details.slug(),
                    "slug");
        }
        checkTopics(details.topics());
        memberAuthorLines(details.memberAuthors());
        checkLinks(details.links());
        Series series = details.series();
        if (series != null && series.part() > series.of()) {
            throw Problems.badRequest("A series part cannot be beyond the series' length", "series.part");
        }
        checkClosingDate(details, existing);
        if (details.relatedEventId() != null && !relatedEvents.exists(details.relatedEventId())) {
            throw Problems.of(
                    ProblemType.UNKNOWN_REFERENCE,
                    "The events service has published no event " + details.relatedEventId(),
                    "relatedEventId");
        }
        return new ItemDetails(
                details.kind(),
                details.title(),
                details.slug(),
                language,
                details.summary(),
                details.body(),
                details.topics(),
                details.authors(),
                series,
                details.links(),
                toStored(details.closesAt()),
                details.visibility(),
                details.relatedEventId(),
                details.memberAuthors());
    }

    /** A time as the database keeps it (to the microsecond), so an unchanged time compares equal when sent again. */
    private static Instant toStored(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    private void checkTopics(List<String> slugs) {
        if (new HashSet<>(slugs).size() != slugs.size()) {
            throw Problems.badRequest("A topic is named twice", "topics");
        }
        for (int i = 0; i < slugs.size(); i++) {
            if (topics.find(slugs.get(i)).isEmpty()) {
                throw Problems.of(
                        ProblemType.UNKNOWN_REFERENCE, "There is no topic " + slugs.get(i), "topics[" + i + "]");
            }
        }
    }

    /** The caller's member profile, when they are no editor and have one (editors need none). */
    private MemberProfile self(Caller caller) {
        return access.edits(caller) ? null : members.ofCaller(caller).orElse(null);
    }

    /** Goes on when the decision allows; 404 when it hides the item, 403 (with why) when it forbids. */
    private static void enforce(ItemAccess.Decision decision, UUID itemId) {
        switch (decision.outcome()) {
            case ALLOWED -> {}
            case HIDDEN -> throw Problems.notFound("Content item", itemId);
            case FORBIDDEN -> throw Problems.forbidden(decision.detail());
        }
    }

    /**
     * The author lines of these members, under their names now: each named once (400) and known to the members
     * projection (422 {@code unknown-reference}, naming the position). An erased member's line is a former member's.
     */
    private List<MemberAuthor> memberAuthorLines(List<UUID> memberIds) {
        if (new HashSet<>(memberIds).size() != memberIds.size()) {
            throw Problems.badRequest("A member author is named twice", "memberAuthors");
        }
        Map<UUID, MemberProfile> known = members.known(memberIds);
        for (int i = 0; i < memberIds.size(); i++) {
            if (!known.containsKey(memberIds.get(i))) {
                throw Problems.of(
                        ProblemType.UNKNOWN_REFERENCE,
                        "There is no member " + memberIds.get(i),
                        "memberAuthors[" + i + "]");
            }
        }
        return memberIds.stream()
                .map(known::get)
                .map(profile -> new MemberAuthor(profile.memberId, profile.displayName, profile.isErased()))
                .toList();
    }

    private static void checkLinks(List<ExternalLink> links) {
        for (int i = 0; i < links.size(); i++) {
            if (!isWebAddress(links.get(i).url())) {
                throw Problems.badRequest(
                        "A link must be an absolute http or https URL with a host", "links[" + i + "].url");
            }
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void checkClosingDate(ItemDetails details, ContentItem existing) {
        Instant closesAt = toStored(details.closesAt());
        if (closesAt == null) {
            if (details.kind().isCall()) {
                throw Problems.badRequest("A call needs closesAt, its closing date", "closesAt");
            }
            return;
        }
        if (!details.kind().closes()) {
            throw Problems.badRequest(
                    "Only opportunities and calls have a closing date, not a " + details.kind(), "closesAt");
        }
        // An unchanged closing date may have passed (an old call corrected); a new or moved one may not
        if (existing == null || !closesAt.equals(existing.closesAt)) {
            requireFuture(closesAt, "closesAt");
        }
    }

    private void requireFuture(Instant time, String field) {
        if (!time.isAfter(now())) {
            throw Problems.of(ProblemType.DATE_IN_THE_PAST, field + " must be in the future: " + time, field);
        }
    }
}
