package org.proud2bops.content.publication;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.proud2bops.content.event.RelatedEventService;
import org.proud2bops.content.event.RelatedEventView;
import org.proud2bops.content.item.ContentItem;
import org.proud2bops.content.item.ItemAccess;
import org.proud2bops.content.memberprofile.MemberProfile;
import org.proud2bops.content.memberprofile.MemberProfileService;
import org.proud2bops.content.publication.PublicationRepository.Fingerprint;
import org.proud2bops.content.publication.PublicationRepository.Hit;
import org.proud2bops.content.publication.PublicationRepository.Selection;
import org.proud2bops.platform.security.Caller;

/**
 * Published items for front ends and feeds. PUBLIC items are anyone's; MEMBERS_ONLY items are listed for, and read by,
 * callers {@link ItemAccess} lets read them; anyone else asking for one by slug is refused (401 without a token, 403
 * with one) rather than told it does not exist, so a front end can ask the reader to sign in. An item is read in the
 * language the reader prefers among its family (the original and its translations), else in the original's.
 */
@ApplicationScoped
public class PublicationService {

    private final PublicationRepository publications;
    private final ItemAccess access;
    private final RelatedEventService relatedEvents;
    private final Clock clock;
    private final MemberProfileService members;

    public PublicationService(
            PublicationRepository publications,
            ItemAccess access,
            RelatedEventService relatedEvents,
            Clock clock,
            MemberProfileService members) {
        this.publications = publications;
        this.access = access;
        this.relatedEvents = relatedEvents;
        this.clock = clock;
        this.members = members;
    }

    /**
     * A listed item, with its relevance and snippet when the list is a search (else null), and its related event's
     * current state (null for none).
     */
    public record Listed(ContentItem item, Hit hit, RelatedEventView relatedEvent) {}

    /**
     * The item a reader gets, which language they asked for, whether it is not in it, its family's others, and its
     * related event's current state (null for none).
     */
    public record Served(
            ContentItem item,
            String requestedLanguage,
            boolean fallback,
            List<ContentItem> translations,
            RelatedEventView relatedEvent) {}

    /** What the list shows this caller, summed up cheaply: it changes when the list's content may have changed. */
    public Fingerprint fingerprint(Caller caller, PublicationFilter filter) {
        Instant now = clock.instant();
        return publications.fingerprint(selection(caller, filter, now), now);
    }

    /** One page of the list: newest first, or most relevant first for a search. */
    public List<Listed> page(Caller caller, PublicationFilter filter, int offset, int limit) {
        Selection selection = selection(caller, filter, clock.instant());
        if (!filter.searches()) {
            List<ContentItem> items = publications.page(selection, offset, limit);
            Map<UUID, RelatedEventView> events = relatedEventsOf(items);
            return items.stream()
                    .map(item -> new Listed(item, null, relatedEventOf(item, events)))
                    .toList();
        }
        List<Hit> hits = publications.searchPage(selection, offset, limit);
        List<ContentItem> items =
                publications.inOrder(hits.stream().map(Hit::id).toList());
        Map<UUID, RelatedEventView> events = relatedEventsOf(items);
        return IntStream.range(0, hits.size())
                .mapToObj(i -> new Listed(items.get(i), hits.get(i), relatedEventOf(items.get(i), events)))
                .toList();
    }

    private static RelatedEventView relatedEventOf(ContentItem item, Map<UUID, RelatedEventView> events) {
        return item.relatedEventId == null ? null : events.get(item.relatedEventId);
    }

    /** The related events of these items, by id, in one look-up for the page (none when no item has one). */
    private Map<UUID, RelatedEventView> relatedEventsOf(List<ContentItem> items) {
        List<UUID> ids = items.stream()
                .map(item -> item.relatedEventId)
                .filter(Objects::nonNull)
                .toList();
        return ids.isEmpty() ? Map.of() : relatedEvents.find(ids);
    }

    /** {@link #fingerprint} of the PUBLIC items only, whoever asks: what feeds list. */
    public Fingerprint publicFingerprint(PublicationFilter filter) {
        Instant now = clock.instant();
        return publications.fingerprint(publications.selection(filter, false, now), now);
    }

    /** The newest PUBLIC items the filter selects, at most {@code limit}. */
    public List<ContentItem> latestPublic(PublicationFilter filter, int limit) {
        return publications.page(publications.selection(filter, false, clock.instant()), 0, limit);
    }

    /** When any item last changed (in any status); the epoch when there is none. */
    public Instant lastChange() {
        long micros = publications.lastChange();
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /**
     * The published item with this slug in the language the reader prefers. The slug names one or more published
     * items (originals first); their families' published items the caller may read are the candidates. Without a
     * preference the reader gets the first item the slug names; with one, the candidate it picks, or else, marked as a
     * fallback, the original (or the named item when the original is not published or not readable). A MEMBERS_ONLY
     * item the caller may not read is refused.
     */
    public Optional<Served> find(Caller caller, String slug, LanguagePreference preference) {
        List<ContentItem> named = publications.publishedWithSlug(slug);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        ContentItem first = named.getFirst();
        Map<UUID, ContentItem> candidates = new LinkedHashMap<>();
        named.forEach(item -> candidates.put(item.id, item));
        publications
                .publishedFamilies(
                        named.stream().map(ContentItem::originalId).distinct().toList())
                .forEach(item -> candidates.putIfAbsent(item.id, item));
        MemberProfile self = self(caller);
        List<ContentItem> readable = candidates.values().stream()
                .filter(item -> access.mayRead(caller, self, item.visibility))
                .toList();
        ContentItem served = first;
        boolean fallback = false;
        if (!preference.isEmpty()) {
            List<String> languages =
                    readable.stream().map(item -> item.language).distinct().toList();
            Map<String, ContentItem> byLanguage = readable.stream()
                    .collect(Collectors.toMap(item -> item.language, Function.identity(), (a, b) -> a));
            Optional<String> picked = preference.pick(languages, first.language);
            if (picked.isPresent()) {
                served = byLanguage.getOrDefault(picked.get(), first);
            } else {
                ContentItem original = candidates.get(first.originalId());
                served = original != null && access.mayRead(caller, self, original.visibility) ? original : first;
                fallback = true;
            }
        }
        if (!access.mayRead(caller, self, served.visibility)) {
            throw caller.refusal(access.membersOnlyRefusal(caller, self));
        }
        UUID family = served.originalId();
        ContentItem shown = served;
        // Only the languages the caller may read: a members-only translation is not named to others
        List<ContentItem> translations = readable.stream()
                .filter(item -> item != shown && item.originalId().equals(family))
                .sorted(Comparator.comparing((ContentItem item) -> item.language))
                .toList();
        return Optional.of(new Served(
                served,
                preference.requested(),
                fallback,
                translations,
                relatedEvents.find(served.relatedEventId).orElse(null)));
    }

    /** Whether this caller sees MEMBERS_ONLY items besides the PUBLIC ones: all a kept answer may depend on of them. */
    public boolean readsMembersOnly(Caller caller) {
        return access.readsMembersOnly(caller, self(caller));
    }

    private Selection selection(Caller caller, PublicationFilter filter, Instant now) {
        return publications.selection(filter, access.readsMembersOnly(caller, self(caller)), now);
    }

    /** The member profile of a caller with the member role (by their token's subject); null for anyone else. */
    private MemberProfile self(Caller caller) {
        return access.edits(caller) ? null : members.ofCaller(caller).orElse(null);
    }
}
