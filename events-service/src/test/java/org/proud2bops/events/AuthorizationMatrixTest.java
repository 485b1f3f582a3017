package org.proud2bops.events;

import static java.util.Map.entry;
import static org.proud2bops.events.EventsTestData.as;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;
import org.proud2bops.platform.testing.authorization.AuthorizationMatrix;
import org.proud2bops.platform.testing.authorization.AuthorizationMatrix.Request;
import org.proud2bops.platform.testing.authorization.CallerKind;

/**
 * Every operation of the events API called as every kind of caller on someone else's objects (a London event, a
 * London member's registration at it, a draft event), against the table in {@code authorization-matrix.csv}. The
 * people's membership states are the member profiles the members service's events would have left here.
 */
@QuarkusTest
@WithPlatformInfrastructure
class AuthorizationMatrixTest {

    private static final Region OTHERS_REGION = Region.valueOf(CallerKind.OBJECTS_REGION);

    /** Someone else's objects, made once; operations that use one up make their own. */
    record Objects(String londonEvent, String draftEvent, String otherRegistration) {

        static Objects make() {
            String londonEvent = EventsTestData.publishedEvent(OTHERS_REGION, 1000);
            return new Objects(
                    londonEvent, EventsTestData.draftEvent(OTHERS_REGION, 10), registrationOfSomeoneElse(londonEvent));
        }

        static String registrationOfSomeoneElse(String eventId) {
            return EventsTestData.register(asEventsAdmin(), eventId, Map.of("memberId", someoneElse()))
                    .id()
                    .toString();
        }

        static String someoneElse() {
            return EventsTestData.member(OTHERS_REGION, MemberStatus.ACTIVE)
                    .memberId()
                    .toString();
        }
    }

    @Test
    void everyOperationAnswersEveryKindOfCallerAsTheTableSays() {
        Objects objects = Objects.make();
        Map<CallerKind, String> tokens = new EnumMap<>(CallerKind.class);
        AuthorizationMatrix.verify(
                "authorization-matrix.csv",
                requests(
                        objects,
                        kind -> kind == CallerKind.ANONYMOUS
                                ? EventsTestData.anonymous()
                                : as(tokens.computeIfAbsent(kind, AuthorizationMatrixTest::tokenOf))));
    }

    private static Map<String, Request> requests(Objects o, Function<CallerKind, RequestSpecification> as) {
        return Map.ofEntries(
                entry("listEvents", c -> as.apply(c).get("/api/events")),
                entry("getEvent", c -> as.apply(c).get("/api/events/{eventId}", o.draftEvent())),
                entry(
                        "createEvent",
                        c -> as.apply(c)
                                .body(EventsTestData.event(OTHERS_REGION, 10))
                                .post("/api/events")),
                entry("updateEvent", c -> {
                    String eventId = EventsTestData.publishedEvent(OTHERS_REGION, 10);
                    return as.apply(c)
                            .header("If-Match", "\"0\"")
                            .body(EventsTestData.event(OTHERS_REGION, 20))
                            .put("/api/events/{eventId}", eventId);
                }),
                // A person registers themself; events admins, admins and regional clients register someone else
                entry(
                        "register",
                        c -> as.apply(c)
                                .body(c.isPersonWithRecord() ? Map.of() : Map.of("memberId", Objects.someoneElse()))
                                .post("/api/events/{eventId}/registrations", o.londonEvent())),
                entry(
                        "listEventRegistrations",
                        c -> as.apply(c).get("/api/events/{eventId}/registrations", o.londonEvent())),
                entry("listOwnRegistrations", c -> as.apply(c).get("/api/events/me/registrations")),
                entry(
                        "getRegistration",
                        c -> as.apply(c)
                                .get(
                                        "/api/events/{eventId}/registrations/{registrationId}",
                                        o.londonEvent(),
                                        o.otherRegistration())),
                entry(
                        "cancelRegistration",
                        c -> as.apply(c)
                                .post(
                                        "/api/events/{eventId}/registrations/{registrationId}/cancellation",
                                        o.londonEvent(),
                                        Objects.registrationOfSomeoneElse(o.londonEvent()))),
                // Bulk registration (one operation for JSON and CSV): a batch naming a London member at the London
                // event
                entry(
                        "registerBatch",
                        c -> as.apply(c)
                                .body(Map.of("attendees", List.of(Map.of("memberId", Objects.someoneElse()))))
                                .post("/api/events/{eventId}/registration-batches", o.londonEvent())),
                entry("getRegistrationBatch", c -> {
                    String location = asEventsAdmin()
                            .body(Map.of("attendees", List.of(Map.of("memberId", Objects.someoneElse()))))
                            .post("/api/events/{eventId}/registration-batches", o.londonEvent())
                            .then()
                            .statusCode(202)
                            .extract()
                            .header("Location");
                    return as.apply(c).get(java.net.URI.create(location).getPath());
                }),
                entry(
                        "exportEventAttendees",
                        c -> as.apply(c).get("/api/events/{eventId}/registrations/export", o.londonEvent())),
                entry("getEventsCalendar", c -> as.apply(c).get("/api/events/calendar.ics")),
                entry("getEventCalendar", c -> as.apply(c).get("/api/events/{eventId}/calendar.ics", o.draftEvent())),
                // The check-in desk: someone else's place at an event whose desk is open (it starts within the day)
                entry("checkInByCode", c -> {
                    String eventId = EventsTestData.londonEventStartingSoon();
                    String code = EventsTestData.register(
                                    asEventsAdmin(), eventId, Map.of("memberId", Objects.someoneElse()))
                            .checkInCode();
                    return as.apply(c).body(Map.of("code", code)).post("/api/events/{eventId}/check-ins", eventId);
                }),
                entry("checkInRegistration", c -> {
                    String eventId = EventsTestData.londonEventStartingSoon();
                    return as.apply(c)
                            .post(
                                    "/api/events/{eventId}/registrations/{registrationId}/check-in",
                                    eventId,
                                    Objects.registrationOfSomeoneElse(eventId));
                }),
                entry(
                        "findDeskAttendees",
                        c -> as.apply(c)
                                .queryParam("q", "member")
                                .get("/api/events/{eventId}/check-ins/attendees", o.londonEvent())),
                entry("getAttendance", c -> as.apply(c).get("/api/events/{eventId}/attendance", o.londonEvent())),
                entry(
                        "getCheckInCodeImage",
                        c -> as.apply(c)
                                .get(
                                        "/api/events/{eventId}/registrations/{registrationId}/check-in-code.png",
                                        o.londonEvent(),
                                        o.otherRegistration())),
                // Guests' data: each call erases a guest of its own (registered by an events admin at the London event)
                entry("eraseGuestByToken", c -> {
                    RegistrationResponse guest = someGuest(o.londonEvent());
                    return as.apply(c)
                            .delete(
                                    "/api/events/guest-registrations/by-token/{token}",
                                    EventsTestData.guestErasureTokenOf(guest));
                }),
                entry("eraseGuestOfRegistration", c -> {
                    RegistrationResponse guest = someGuest(o.londonEvent());
                    return as.apply(c)
                            .delete(
                                    "/api/events/{eventId}/registrations/{registrationId}/guest",
                                    o.londonEvent(),
                                    guest.id());
                }),
                entry("eraseGuestByEmail", c -> {
                    RegistrationResponse guest = someGuest(o.londonEvent());
                    return as.apply(c).body(Map.of("email", guest.guestEmail())).post("/api/events/guest-erasures");
                }),
                // The program: the London event's (published; a draft's where only those who run events read it)
                entry("listStreams", c -> as.apply(c).get("/api/events/{eventId}/streams", o.londonEvent())),
                entry(
                        "getStream",
                        c -> as.apply(c)
                                .get(
                                        "/api/events/{eventId}/streams/{streamId}",
                                        o.draftEvent(),
                                        streamOf(o.draftEvent()))),
                entry(
                        "createStream",
                        c -> as.apply(c)
                                .body(Map.of("name", "Matrix " + UUID.randomUUID(), "position", 1))
                                .post("/api/events/{eventId}/streams", o.londonEvent())),
                entry(
                        "updateStream",
                        c -> as.apply(c)
                                .header("If-Match", "\"0\"")
                                .body(Map.of("name", "Matrix " + UUID.randomUUID(), "position", 2))
                                .put(
                                        "/api/events/{eventId}/streams/{streamId}",
                                        o.londonEvent(),
                                        streamOf(o.londonEvent()))),
                entry(
                        "deleteStream",
                        c -> as.apply(c)
                                .delete(
                                        "/api/events/{eventId}/streams/{streamId}",
                                        o.londonEvent(),
                                        streamOf(o.londonEvent()))),
                entry("listSessions", c -> as.apply(c).get("/api/events/{eventId}/sessions", o.draftEvent())),
                entry(
                        "getSession",
                        c -> as.apply(c)
                                .get(
                                        "/api/events/{eventId}/sessions/{sessionId}",
                                        o.londonEvent(),
                                        EventsTestData.sessionOf(o.londonEvent(), 1, 10))),
                entry(
                        "createSession",
                        c -> as.apply(c)
                                .body(EventsTestData.session(o.londonEvent(), 1, 10))
                                .post("/api/events/{eventId}/sessions", o.londonEvent())),
                entry(
                        "updateSession",
                        c -> as.apply(c)
                                .header("If-Match", "\"0\"")
                                .body(EventsTestData.session(o.londonEvent(), 2, 20))
                                .put(
                                        "/api/events/{eventId}/sessions/{sessionId}",
                                        o.londonEvent(),
                                        EventsTestData.sessionOf(o.londonEvent(), 1, 10))),
                entry(
                        "deleteSession",
                        c -> as.apply(c)
                                .delete(
                                        "/api/events/{eventId}/sessions/{sessionId}",
                                        o.londonEvent(),
                                        EventsTestData.sessionOf(o.londonEvent(), 1, 10))),
                entry(
                        "getSessionSettings",
                        c -> as.apply(c).get("/api/events/{eventId}/session-settings", o.draftEvent())),
                entry(
                        "updateSessionSettings",
                        c -> as.apply(c)
                                .header("If-Match", "*")
                                .body(Map.of("overlapAllowed", false))
                                .put("/api/events/{eventId}/session-settings", o.londonEvent())),
                // Session bookings inside someone else's registration at the London event (a fresh session each)
                entry(
                        "bookSession",
                        c -> as.apply(c)
                                .body(Map.of("sessionId", EventsTestData.sessionOf(o.londonEvent(), 1, 10)))
                                .post(
                                        "/api/events/{eventId}/registrations/{registrationId}/sessions",
                                        o.londonEvent(),
                                        Objects.registrationOfSomeoneElse(o.londonEvent()))),
                entry(
                        "listSessionBookings",
                        c -> as.apply(c)
                                .get(
                                        "/api/events/{eventId}/registrations/{registrationId}/sessions",
                                        o.londonEvent(),
                                        o.otherRegistration())),
                entry("getSessionBooking", c -> {
                    Booked booked = bookedSession(o.londonEvent());
                    return as.apply(c)
                            .get(
                                    "/api/events/{eventId}/registrations/{registrationId}/sessions/{sessionId}",
                                    o.londonEvent(),
                                    booked.registrationId(),
                                    booked.sessionId());
                }),
                entry("cancelSessionBooking", c -> {
                    Booked booked = bookedSession(o.londonEvent());
                    return as.apply(c)
                            .delete(
                                    "/api/events/{eventId}/registrations/{registrationId}/sessions/{sessionId}",
                                    o.londonEvent(),
                                    booked.registrationId(),
                                    booked.sessionId());
                }),
                // A session's door: someone else's booked place at a session of an event whose desk is open
                entry("checkInAtSession", c -> {
                    String eventId = EventsTestData.eventStartingSoon();
                    String sessionId = EventsTestData.sessionOf(eventId, 0, 10);
                    RegistrationResponse place = EventsTestData.register(
                            asEventsAdmin(), eventId, Map.of("memberId", Objects.someoneElse()));
                    EventsTestData.bookSession(asEventsAdmin(), eventId, place.id(), sessionId);
                    return as.apply(c)
                            .body(Map.of("code", place.checkInCode()))
                            .post("/api/events/{eventId}/sessions/{sessionId}/check-ins", eventId, sessionId);
                }),
                entry(
                        "listSessionAttendance",
                        c -> as.apply(c).get("/api/events/{eventId}/attendance/sessions", o.londonEvent())));
    }

    private static String streamOf(String eventId) {
        return asEventsAdmin()
                .body(Map.of("name", "Matrix " + UUID.randomUUID(), "position", 1))
                .post("/api/events/{eventId}/streams", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    record Booked(String registrationId, String sessionId) {}

    /** A fresh session of the event, booked inside a fresh registration of someone else's there. */
    private static Booked bookedSession(String eventId) {
        String registrationId = Objects.registrationOfSomeoneElse(eventId);
        String sessionId = EventsTestData.sessionOf(eventId, 1, 10);
        EventsTestData.bookSession(asEventsAdmin(), eventId, registrationId, sessionId);
        return new Booked(registrationId, sessionId);
    }

    private static RegistrationResponse someGuest(String eventId) {
        return EventsTestData.register(
                asEventsAdmin(), eventId, EventsTestData.guest("Matrix Guest " + UUID.randomUUID()));
    }

    /** People's member profiles are in the state their kind names; nobody else has a profile here. */
    private static String tokenOf(CallerKind kind) {
        MemberStatus status = switch (kind) {
            case MEMBER, OTHER_NETWORK_LEAD -> MemberStatus.ACTIVE;
            case APPLICANT -> MemberStatus.APPLIED;
            case DECLINED, LAPSED, SUSPENDED, LEFT -> MemberStatus.valueOf(kind.name());
            default -> null;
        };
        if (kind == CallerKind.OTHER_NETWORK_LEAD) {
            return kind.token(EventsTestData.leadOf("north-west").subject()).bearer();
        }
        String subject = status == null
                ? "matrix-" + kind.column() + "-" + UUID.randomUUID()
                : EventsTestData.member(Region.valueOf(CallerKind.OTHER_REGION), status)
                        .subject();
        return kind.token(subject).bearer();
    }

    /**
     * What the London network's lead gets from the operations that touch the London event: they manage it (change it,
     * register people, see, export and check in its attendees) as events admins do; a registration's QR code stays
     * with its holder, batches with their sender, and guests' erasure with admins.
     */
    static final Map<String, String> LONDON_LEAD = Map.ofEntries(
            entry("listEvents", "ALLOW"),
            entry("getEvent", "ALLOW"),
            entry("createEvent", "ALLOW"),
            entry("updateEvent", "ALLOW"),
            entry("register", "ALLOW"),
            entry("listEventRegistrations", "ALLOW"),
            entry("listOwnRegistrations", "ALLOW"),
            entry("getRegistration", "ALLOW"),
            entry("cancelRegistration", "ALLOW"),
            entry("registerBatch", "ALLOW"),
            entry("getRegistrationBatch", "404"),
            entry("exportEventAttendees", "ALLOW"),
            entry("getEventCalendar", "ALLOW"),
            entry("checkInByCode", "ALLOW"),
            entry("checkInRegistration", "ALLOW"),
            entry("findDeskAttendees", "ALLOW"),
            entry("getAttendance", "ALLOW"),
            entry("getCheckInCodeImage", "404"),
            entry("eraseGuestOfRegistration", "403"),
            entry("eraseGuestByEmail", "403"));

    @Test
    void theHostingNetworksLeadManagesItsEventsAsEventsAdminsDo() {
        Objects objects = Objects.make();
        String lead = CallerKind.OTHER_NETWORK_LEAD
                .token(EventsTestData.leadOf("london").subject())
                .bearer();
        Map<String, Request> requests = requests(objects, kind -> as(lead));
        Map<String, String> observed = new java.util.TreeMap<>();
        LONDON_LEAD
                .keySet()
                .forEach(operationId -> observed.put(
                        operationId,
                        AuthorizationMatrix.outcomeOf(requests.get(operationId)
                                .send(CallerKind.OTHER_NETWORK_LEAD)
                                .statusCode())));

        org.assertj.core.api.Assertions.assertThat(observed).isEqualTo(new java.util.TreeMap<>(LONDON_LEAD));
    }
}
