package org.proud2bops.events.session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventChanged;
import org.proud2bops.events.event.EventRepository;
import org.proud2bops.events.memberprofile.MemberProfileRepository;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.network.NetworkService;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * An event's program: its streams, its sessions and how they are booked. Anyone who may see the event reads it; those
 * who manage the event (events admins, admins, the leads of its hosting network) change it. A session's times lie inside its event's, and its capacity never goes below its booked
 * places. Creating or changing a session takes the event's row lock (times are checked against the event's as they
 * are), and a change of capacity the session's row lock (places are counted against it as bookings do).
 */
@ApplicationScoped
public class ProgramService {

    private final EventRepository events;
    private final EventStreamRepository streams;
    private final SessionRepository sessions;
    private final SessionSettingsRepository settings;
    private final SessionBookingRepository bookings;
    private final MemberProfileRepository profiles;
    private final SessionBookings sessionBookings;
    private final SessionAccess access;
    private final NetworkService networks;
    private final Clock clock;

    public ProgramService(
            EventRepository events,
            EventStreamRepository streams,
            SessionRepository sessions,
            SessionSettingsRepository settings,
            SessionBookingRepository bookings,
            MemberProfileRepository profiles,
            SessionBookings sessionBookings,
            SessionAccess access,
            NetworkService networks,
            Clock clock) {
        this.events = events;
        this.streams = streams;
        this.sessions = sessions;
        this.settings = settings;
        this.bookings = bookings;
        this.profiles = profiles;
        this.sessionBookings = sessionBookings;
        this.access = access;
        this.networks = networks;
        this.clock = clock;
    }

    // Reading

    /** The event, when the caller may see it; otherwise 404 as if it did not exist. */
    public Event visibleEvent(Caller caller, UUID eventId) {
        LedNetworks led = networks.ledBy(caller);
        return events.findByIdOptional(eventId)
                .filter(event -> access.maySeeProgramOf(caller, led, event))
                .orElseThrow(() -> Problems.notFound("Event", eventId));
    }

    /** Whether the caller sees every online link of the event's sessions: those who manage the event. */
    public boolean seesEveryOnlineLink(Caller caller, UUID eventId) {
        return events.findByIdOptional(eventId)
                .map(event -> access.seesEveryOnlineLinkOf(caller, networks.ledBy(caller), event))
                .orElse(false);
    }

    public PanacheQuery<EventStream> streamsOf(Caller caller, UUID eventId) {
        return streams.ofEvent(visibleEvent(caller, eventId).id);
    }

    public PanacheQuery<Session> sessionsOf(Caller caller, UUID eventId, UUID streamId) {
        return sessions.ofEvent(visibleEvent(caller, eventId).id, streamId);
    }

    public Optional<EventStream> stream(Caller caller, UUID eventId, UUID streamId) {
        visibleEvent(caller, eventId);
        return streams.findByIdOptional(streamId).filter(stream -> stream.eventId.equals(eventId));
    }

    public Optional<Session> session(Caller caller, UUID eventId, UUID sessionId) {
        visibleEvent(caller, eventId);
        return sessions.findByIdOptional(sessionId).filter(session -> session.eventId.equals(eventId));
    }

    public SessionSettings settingsOf(Caller caller, UUID eventId) {
        return settings.of(visibleEvent(caller, eventId).id);
    }

    // Streams

    @Transactional
    public EventStream createStream(Caller caller, UUID eventId, String name, int position) {
        Event event = managedEvent(caller, eventId);
        EventStream stream = new EventStream();
        stream.id = UUID.randomUUID();
        stream.eventId = event.id;
        applyStream(stream, name, position);
        streams.persist(stream);
        streams.flush();
        return stream;
    }

    @Transactional
    public Optional<EventStream> updateStream(
            Caller caller, UUID eventId, UUID streamId, ExpectedVersion expected, String name, int position) {
        managedEvent(caller, eventId);
        return streams.findByIdOptional(streamId)
                .filter(stream -> stream.eventId.equals(eventId))
                .map(stream -> {
                    expected.requireMatch(stream.version);
                    applyStream(stream, name, position);
                    streams.flush();
                    return stream;
                });
    }

    /** Removes a stream none of whose sessions are left; 409 while any is. */
    @Transactional
    public boolean deleteStream(Caller caller, UUID eventId, UUID streamId) {
        managedEvent(caller, eventId);
        Optional<EventStream> found =
                streams.findByIdOptional(streamId).filter(stream -> stream.eventId.equals(eventId));
        found.ifPresent(stream -> {
            long inIt = sessions.countInStream(stream.id);
            if (inIt > 0) {
                throw Problems.of(
                        ProblemType.CONFLICTING_CHANGE,
                        "The stream still has " + inIt + " sessions; move or remove them first");
            }
            streams.delete(stream);
        });
        return found.isPresent();
    }

    private void applyStream(EventStream stream, String name, int position) {
        String stripped = name.strip();
        if (streams.nameTaken(stream.eventId, stripped, stream.id)) {
            throw Problems.of(ProblemType.ALREADY_EXISTS, "The event already has a stream named " + stripped, "name");
        }
        stream.name = stripped;
        stream.position = position;
    }

    // Sessions

    @Transactional
    public Session createSession(Caller caller, UUID eventId, SessionDetails details) {
        Event event = managedEvent(caller, eventId);
        Session session = new Session();
        session.id = UUID.randomUUID();
        session.eventId = event.id;
        apply(event, session, details);
        sessions.persist(session);
        sessions.flush();
        return session;
    }

    /**
     * Replaces every field of the session. A capacity below its booked places is 409; a raised one gives its places to
     * the first in the session's line.
     */
    @Transactional
    public Optional<Session> updateSession(
            Caller caller, UUID eventId, UUID sessionId, ExpectedVersion expected, SessionDetails details) {
        Event event = managedEvent(caller, eventId);
        return sessions.findByIdOptional(sessionId)
                .filter(session -> session.eventId.equals(eventId))
                .map(session -> {
                    sessions.lockFresh(session);
                    expected.requireMatch(session.version);
                    if (details.capacity() < session.placesTaken) {
                        throw Problems.of(
                                ProblemType.CONFLICTING_CHANGE,
                                "The capacity cannot go below the " + session.placesTaken + " places already booked",
                                "capacity");
                    }
                    apply(event, session, details);
                    sessionBookings.fillFreePlaces(event, session, clock.instant());
                    sessions.flush();
                    return session;
                });
    }

    /** Removes a session nobody holds or waits for a place at; 409 while anyone does. */
    @Transactional
    public boolean deleteSession(Caller caller, UUID eventId, UUID sessionId) {
        managedEvent(caller, eventId);
        Optional<Session> found =
                sessions.findByIdOptional(sessionId).filter(session -> session.eventId.equals(eventId));
        found.ifPresent(session -> {
            sessions.lockFresh(session);
            if (bookings.anyLiveAt(session.id)) {
                throw Problems.of(
                        ProblemType.CONFLICTING_CHANGE,
                        "People hold or wait for places at this session (" + session.placesTaken
                                + " booked); they give them up first");
            }
            bookings.delete("session.id", session.id);
            sessions.delete(session);
        });
        return found.isPresent();
    }

    private void apply(Event event, Session session, SessionDetails details) {
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw Problems.badRequest("endsAt must be after startsAt", "endsAt");
        }
        if (!SessionTimes.within(details.startsAt(), details.endsAt(), event.startsAt, event.endsAt)) {
            throw Problems.of(
                    ProblemType.SESSION_OUTSIDE_EVENT,
                    "The session must lie within the event's times, " + event.startsAt + " to " + event.endsAt,
                    details.startsAt().isBefore(event.startsAt) ? "startsAt" : "endsAt");
        }
        if (details.streamId() != null
                && streams.findByIdOptional(details.streamId())
                        .filter(stream -> stream.eventId.equals(event.id))
                        .isEmpty()) {
            throw Problems.badRequest("streamId names no stream of this event", "streamId");
        }
        List<SessionPerson> people = new ArrayList<>();
        for (int i = 0; i < details.people().size(); i++) {
            people.add(person(details.people().get(i), "people[" + i + "]"));
        }
        session.title = details.title().strip();
        session.description = details.description();
        session.streamId = details.streamId();
        session.startsAt = details.startsAt();
        session.endsAt = details.endsAt();
        session.room = details.room();
        session.onlineLink = details.onlineLink();
        session.capacity = details.capacity();
        session.people.clear();
        session.people.addAll(people);
    }

    private SessionPerson person(SessionDetails.Person described, String field) {
        boolean member = described.memberId() != null;
        boolean guest = described.guestName() != null && !described.guestName().isBlank();
        if (member == guest) {
            throw Problems.badRequest("Name the person: either memberId or guestName", field + ".memberId");
        }
        SessionPerson person = new SessionPerson();
        person.role = described.role();
        person.roleLabel =
                described.roleLabel() == null ? null : described.roleLabel().strip();
        if (member) {
            person.member = profiles.findByIdOptional(described.memberId())
                    .filter(found -> !found.isErased())
                    .orElseThrow(() -> Problems.badRequest("No member has this id here", field + ".memberId"));
        } else {
            person.guestName = described.guestName().strip();
            person.guestOrganisation = described.guestOrganisation();
        }
        return person;
    }

    // Settings

    /** Replaces the event's session settings; a change that would now refuse bookings already made is allowed. */
    @Transactional
    public SessionSettings updateSettings(
            Caller caller, UUID eventId, ExpectedVersion expected, boolean overlapAllowed) {
        Event event = managedEvent(caller, eventId);
        SessionSettings current = settings.of(event.id);
        expected.requireMatch(current.tagVersion());
        current.overlapAllowed = overlapAllowed;
        if (!current.stored) {
            settings.persist(current);
            current.stored = true;
        }
        settings.flush();
        return current;
    }

    /**
     * An admin's change of the event's times must keep its sessions inside them: a session left outside is 409
     * session-outside-event and the change is rolled back (fired in the changing transaction, under the event's lock).
     */
    void onEventChanged(@Observes EventChanged changed) {
        Event event = changed.event();
        sessions.firstOutside(event.id, event.startsAt, event.endsAt).ifPresent(outside -> {
            throw Problems.of(
                    ProblemType.SESSION_OUTSIDE_EVENT,
                    "The session " + outside.title + " (" + outside.startsAt + " to " + outside.endsAt
                            + ") would lie outside the event's new times; move it first",
                    "startsAt");
        });
    }

    /**
     * The event with its row locked, when the caller manages it: 404 when they may not see it (as if it did not exist),
     * 403 when they see it but do not manage it (another network's published event, for a network lead).
     */
    private Event managedEvent(Caller caller, UUID eventId) {
        LedNetworks led = networks.ledBy(caller);
        Event event = events.findForUpdate(eventId)
                .filter(found -> access.maySeeProgramOf(caller, led, found))
                .orElseThrow(() -> Problems.notFound("Event", eventId));
        if (!access.managesProgramOf(caller, led, event)) {
            throw Problems.forbidden(
                    "Only events admins, admins and the leads of its hosting network change an event's program");
        }
        return event;
    }
}
