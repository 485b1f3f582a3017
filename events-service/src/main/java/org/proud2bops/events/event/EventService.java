package org.proud2bops.events.event;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.network.Network;
import org.proud2bops.events.network.NetworkService;
import org.proud2bops.events.question.RegistrationAnswers;
import org.proud2bops.events.question.RegistrationQuestion;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.http.PageRequest;
import org.proud2bops.platform.http.PageResponse;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * The network's events: anyone lists and reads the published ones; events admins create events and change them, and so
 * does a network lead for the events their network hosts; a change never leaves fewer places than are already taken.
 * An event's hosting network is one this service knows (the networks projection), and the event takes its region.
 * An event's status moves by {@link EventStatus#next()} only: a new event is a draft or published, and an event is
 * completed only once it has ended.
 */
@ApplicationScoped
public class EventService {

    private final EventRepository events;
    private final EventAccess access;
    private final jakarta.enterprise.event.Event<EventChanged> changes;
    private final EventEvents facts;
    private final NetworkService networks;
    private final Clock clock;
    private final GuestPlaces guestPlaces;
    private final PublishedListing publishedListing;

    public EventService(
            EventRepository events,
            EventAccess access,
            jakarta.enterprise.event.Event<EventChanged> changes,
            EventEvents facts,
            NetworkService networks,
            Clock clock,
            GuestPlaces guestPlaces,
            PublishedListing publishedListing) {
        this.events = events;
        this.publishedListing = publishedListing;
        this.access = access;
        this.changes = changes;
        this.facts = facts;
        this.networks = networks;
        this.clock = clock;
        this.guestPlaces = guestPlaces;
    }

    /** Events in one status that end after {@code endingAfter} (now when null), soonest first. */
    public PanacheQuery<Event> list(
            Caller caller, EventStatus status, Instant endingAfter, EventKind kind, Region region) {
        return list(caller, status, endingAfter, kind, region, null);
    }

    /** As {@link #list(Caller, EventStatus, Instant, EventKind, Region)}, only events tagged {@code tag} if given. */
    public PanacheQuery<Event> list(
            Caller caller, EventStatus status, Instant endingAfter, EventKind kind, Region region, String tag) {
        // The networks the caller leads are looked up only for a status the public does not see
        LedNetworks led = access.maySeeEventsIn(caller, status) ? LedNetworks.NONE : ledBy(caller);
        ListedHosts hosts = access.listing(caller, led, status)
                .orElseThrow(() -> caller.refusal(
                        "Only events admins list events that are not published (a network lead: their networks' own)"));
        Instant after = Optional.ofNullable(endingAfter).orElseGet(clock::instant);
        return hosts.every()
                ? events.listed(status, after, kind, region, tag)
                : events.listed(status, after, kind, region, tag, hosts.networks());
    }

    /** Whether the caller sees the event's online joining link with the event: whoever manages it. */
    public boolean showsOnlineLink(Caller caller, LedNetworks led, Event event) {
        return access.seesOnlineLink(caller, led, event);
    }

    /**
     * A page of {@link #list}, each event as the caller sees it. Whoever manages no event sees the published ones as
     * anyone does: for them the page kept by {@link PublishedListing} while it is still the answer.
     */
    public PageResponse<EventResponse> listPage(
            Caller caller,
            EventStatus status,
            Instant endingAfter,
            EventKind kind,
            Region region,
            String tag,
            PageRequest page) {
        Instant now = clock.instant();
        PanacheQuery<Event> query =
                list(caller, status, Optional.ofNullable(endingAfter).orElse(now), kind, region, tag);
        LedNetworks led = ledBy(caller);
        if (status != EventStatus.PUBLISHED || !access.managesNone(caller, led)) {
            return PageResponse.of(query, page, event -> EventResponse.of(event, showsOnlineLink(caller, led, event)));
        }
        var key = new PublishedListing.Key(endingAfter, kind, region, tag, page.page, page.size);
        return publishedListing.page(key, now, () -> {
            PageResponse<EventResponse> read = PageResponse.of(query, page, event -> EventResponse.of(event, false));
            if (endingAfter != null) {
                return new PublishedListing.Read(read, null);
            }
            // The page is the answer until the first listed event ends (it leaves the list then)
            Optional<Instant> firstEnd = read.totalItems() == read.items().size()
                    ? read.items().stream().map(EventResponse::endsAt).min(Instant::compareTo)
                    : events.firstEndOfListed(status, now, kind, region, tag);
            return new PublishedListing.Read(read, firstEnd.orElse(null));
        });
    }

    /** The event, if the caller may see it; otherwise nothing, as if it did not exist. */
    public Optional<Event> find(Caller caller, UUID eventId) {
        return events.findByIdOptional(eventId).filter(event -> access.maySee(caller, ledBy(caller), event));
    }

    /**
     * The event, if the caller may see it (otherwise nothing, as if it did not exist), once the caller is one who
     * manages it: 403 for an event they see but do not manage.
     */
    public Optional<Event> findManaged(Caller caller, UUID eventId, String refusal) {
        LedNetworks led = ledBy(caller);
        return events.findByIdOptional(eventId)
                .filter(event -> access.maySee(caller, led, event))
                .map(event -> {
                    if (!access.manages(caller, led, event)) {
                        throw caller.refusal(refusal);
                    }
                    return event;
                });
    }

    /** The networks the caller leads; none looked up for those who run every event anyway. */
    public LedNetworks ledBy(Caller caller) {
        return access.runsEvents(caller) ? LedNetworks.NONE : networks.ledBy(caller);
    }

    @Transactional
    public Event create(Caller caller, EventDetails details) {
        if (!access.mayHost(caller, ledBy(caller), details.hostNetwork())) {
            throw caller.refusal("A network lead creates events hosted by a network they lead (hostNetwork)");
        }
        if (!EventStatus.INITIAL.contains(details.status())) {
            throw Problems.badRequest("A new event is a DRAFT or PUBLISHED", "status");
        }
        Event event = new Event();
        event.id = UUID.randomUUID();
        apply(event, details);
        events.persist(event);
        events.flush();
        facts.changed(event, null, true);
        return event;
    }

    @Transactional
    public Optional<Event> update(Caller caller, UUID eventId, ExpectedVersion expectedVersion, EventDetails details) {
        LedNetworks led = ledBy(caller);
        return events.findForUpdate(eventId)
                .filter(event -> access.maySee(caller, led, event))
                .map(event -> {
                    if (!access.manages(caller, led, event)) {
                        throw caller.refusal("Only events admins and the hosting network's leads change an event");
                    }
                    if (!access.mayHost(caller, led, details.hostNetwork())) {
                        throw caller.refusal("A network lead hosts events by a network they lead only (hostNetwork)");
                    }
                    expectedVersion.requireMatch(event.version);
                    if (details.capacity() < event.placesTaken) {
                        throw Problems.of(
                                ProblemType.CONFLICTING_CHANGE,
                                "The capacity cannot go below the " + event.placesTaken + " places already taken");
                    }
                    EventStatus before = event.status;
                    requireTransition(before, details);
                    requireNoGuestLosesAPlace(event, details);
                    long versionBefore = event.version;
                    apply(event, details);
                    changes.fire(new EventChanged(event));
                    events.flush();
                    // The version moves only when something of the event changed (a raised capacity that promoted
                    // people too)
                    facts.changed(event, before, event.version != versionBefore);
                    return event;
                });
    }

    /**
     * 409 guests-hold-places (field audience) when the change would stop admitting guests (members only, or by
     * invitation) while guests hold places or wait for one: nobody loses a place silently; whoever manages the event
     * cancels those registrations first (each then tells the guest). Cancelling the event itself cancels them anyway.
     */
    private void requireNoGuestLosesAPlace(Event event, EventDetails details) {
        if (!event.audience.admitsGuests()
                || details.audience().admitsGuests()
                || details.status() == EventStatus.CANCELLED) {
            return;
        }
        long guests = guestPlaces.heldAt(event.id);
        if (guests > 0) {
            throw Problems.of(
                    ProblemType.GUESTS_HOLD_PLACES,
                    guests + " guest(s) hold places at the event or wait for one; cancel their registrations before "
                            + "making it " + details.audience(),
                    "audience");
        }
    }

    /** 409 unless the event may go from {@code before} to the status asked for (completed: only once it ended). */
    private void requireTransition(EventStatus before, EventDetails details) {
        EventStatus after = details.status();
        if (!before.mayBecome(after)) {
            throw Problems.of(
                    ProblemType.TRANSITION_NOT_ALLOWED,
                    "A " + before + " event cannot become " + after + "; it may become " + before.next(),
                    "status");
        }
        if (after == EventStatus.COMPLETED
                && before != after
                && details.endsAt().isAfter(clock.instant())) {
            throw Problems.of(
                    ProblemType.TRANSITION_NOT_ALLOWED,
                    "The event is completed only once it has ended (endsAt " + details.endsAt() + ")",
                    "status");
        }
    }

    private void apply(Event event, EventDetails details) {
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw Problems.badRequest("endsAt must be after startsAt", "endsAt");
        }
        requireKnownZone(details.timeZone());
        RegistrationWindow.check(details.registrationOpensAt(), details.registrationClosesAt(), details.startsAt());
        String onlineLink = HttpsLinks.checked(details.onlineLink(), "onlineLink");
        List<EventPartner> partners = partners(details.partners());
        List<RegistrationQuestion> questions = RegistrationAnswers.checkedQuestions(details.questions());
        event.title = details.title().strip();
        event.summary = details.summary().strip();
        event.kind = details.kind();
        event.startsAt = details.startsAt();
        event.endsAt = details.endsAt();
        event.timeZone = details.timeZone();
        event.venue = details.venue();
        event.online = details.online();
        event.capacity = details.capacity();
        hostBy(event, details);
        event.status = details.status();
        event.audience = details.audience();
        event.partners = partners;
        event.tags = List.copyOf(new LinkedHashSet<>(details.tags()));
        event.questions = questions;
        event.onlineLink = onlineLink;
        event.registrationOpensAt = details.registrationOpensAt();
        event.registrationClosesAt = details.registrationClosesAt();
    }

    /** The partners with their names stripped and their links checked (https, with a host). */
    private static List<EventPartner> partners(List<EventPartner> partners) {
        for (int index = 0; index < partners.size(); index++) {
            HttpsLinks.checked(partners.get(index).url(), "partners[" + index + "].url");
        }
        return partners.stream()
                .map(partner -> new EventPartner(
                        partner.name().strip(), HttpsLinks.checked(partner.url(), "url"), partner.odsCode()))
                .toList();
    }

    /**
     * The hosting network: one this service knows (422 unknown-network otherwise), whose region the event takes (none
     * for the national network); a region sent beside it must be that one. Without a network the region is as sent.
     */
    private void hostBy(Event event, EventDetails details) {
        if (details.hostNetwork() == null) {
            event.region = details.region();
            event.hostNetwork = null;
            event.hostNetworkName = null;
            return;
        }
        Network host = networks.find(details.hostNetwork())
                .orElseThrow(() -> Problems.of(
                        ProblemType.UNKNOWN_NETWORK,
                        "No network is called " + details.hostNetwork() + "; name one the members service created",
                        "hostNetwork"));
        if (details.region() != null && details.region() != host.region) {
            throw Problems.badRequest(
                    "The event takes its hosting network's region ("
                            + (host.region == null ? "none: a national network" : host.region)
                            + "); omit region or send that one",
                    "region");
        }
        event.region = host.region;
        event.hostNetwork = host.slug;
        event.hostNetworkName = host.name;
    }

    private static void requireKnownZone(String timeZone) {
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw Problems.badRequest("timeZone must be an IANA time zone such as Europe/London", "timeZone");
        }
    }
}
