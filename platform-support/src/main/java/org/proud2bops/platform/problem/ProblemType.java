package org.proud2bops.platform.problem;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule a request to the platform can break, as a stable problem {@code type} URI (RFC 9457). Clients branch
 * on the type, never on the wording; the catalogue is published in the OpenAPI document's {@code Problem} schema.
 * Tag URIs are identifiers, not pages: clients should not dereference them.
 */
public enum ProblemType {
    VALIDATION_FAILED(
            "validation-failed",
            400,
            "Validation failed",
            "A parameter, header or body field is missing, malformed or out of range; `field` or `violations` name it"),
    MALFORMED_BODY(
            "malformed-body",
            400,
            "Malformed body",
            "The body is not well-formed JSON, or a value has the wrong shape (an array for an object, a number for a name)"),
    UNAUTHORIZED(
            "unauthorized",
            401,
            "Authentication required",
            "No bearer token, or one that fails verification (signature, issuer, audience, expiry)"),
    FORBIDDEN("forbidden", 403, "Not allowed", "The caller is known but may not do this"),
    NOT_FOUND("not-found", 404, "Not found", "No such resource, or not one the caller may see"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed", "The resource does not answer this method"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable", "No representation matches the Accept header"),
    ALREADY_EXISTS(
            "already-exists", 409, "Already exists", "Something with the same unique name, email or code exists"),
    ALREADY_REGISTERED("already-registered", 409, "Already registered", "The attendee already holds a place"),
    EVENT_FULL("event-full", 409, "Event full", "Every place is taken"),
    REGISTRATION_CLOSED(
            "registration-closed",
            409,
            "Registration closed",
            "The event is not open for registration (a draft, cancelled, or already started)"),
    TRANSITION_NOT_ALLOWED(
            "transition-not-allowed",
            409,
            "Transition not allowed",
            "The thing is not in a state from which this change is allowed"),
    OUTSIDE_DEADLINE(
            "outside-deadline",
            409,
            "Outside the deadline",
            "The action is only possible between an opening and a closing time, and now is not one of them"),
    CONFLICTING_CHANGE(
            "conflicting-change",
            409,
            "Conflicting change",
            "The change contradicts data that already exists (e.g. a capacity below the places taken)"),
    REQUEST_IN_PROGRESS(
            "request-in-progress",
            409,
            "Request in progress",
            "A request with the same Idempotency-Key is still being processed; retry later"),
    CHECK_IN_OTHER_EVENT(
            "check-in-other-event",
            409,
            "Check-in code of another event",
            "The check-in code belongs to a registration for another event; the detail names that event"),
    CHECK_IN_REFUSED(
            "check-in-refused",
            409,
            "Check-in refused",
            "The registration holds no confirmed place (cancelled, or waitlisted), or the event is not published"),
    DUPLICATE_IN_BATCH(
            "duplicate-in-batch",
            409,
            "Duplicate in batch",
            "An earlier row of the same batch names the same attendee; this row was not applied"),
    REGISTRATION_NOT_OPEN_YET(
            "registration-not-open-yet",
            409,
            "Registration not open yet",
            "The event's registration window has not opened; the detail says when it opens"),
    GUESTS_NOT_ADMITTED(
            "guests-not-admitted",
            409,
            "Guests not admitted",
            "The event is for members only or by invitation: a guest cannot be registered for it"),
    BY_INVITATION_ONLY(
            "by-invitation-only",
            403,
            "By invitation only",
            "The event is by invitation: only its managers (events admins, the hosting network's leads) register "
                    + "people for it, and nobody registers themself"),
    SESSION_OTHER_EVENT(
            "session-other-event",
            409,
            "Session of another event",
            "The session named belongs to another event than the one in the path; the detail names that event"),
    SESSIONS_OVERLAP(
            "sessions-overlap",
            409,
            "Sessions overlap",
            "The attendee already holds or waits for a session at the same time, and the event does not allow "
                    + "overlapping sessions; the detail names that session"),
    SESSION_OUTSIDE_EVENT(
            "session-outside-event",
            409,
            "Session outside the event",
            "A session's times must lie within its event's start and end"),
    LENGTH_REQUIRED("length-required", 411, "Length required", "The body needs a Content-Length"),
    STALE_VERSION(
            "stale-version",
            412,
            "Stale version",
            "The resource changed since the version named in If-Match was read: read it again and reapply the change"),
    CONTENT_TOO_LARGE("content-too-large", 413, "Content too large", "A body, file or batch is over its limit"),
    URI_TOO_LONG("uri-too-long", 414, "URI too long", "The request target is longer than the platform accepts"),
    UNSUPPORTED_MEDIA_TYPE(
            "unsupported-media-type",
            415,
            "Unsupported media type",
            "The body or an uploaded file is not of a kind this operation takes"),
    IDEMPOTENCY_KEY_REUSED(
            "idempotency-key-reused",
            422,
            "Idempotency-Key reused",
            "The Idempotency-Key was already used with a different request"),
    UNSAFE_DOCUMENT(
            "unsafe-document",
            422,
            "Unsafe document",
            "An uploaded file parses as the document it claims to be but carries something refused: script, macros, "
                    + "programs, encryption or data after its end"),
    UNKNOWN_NETWORK(
            "unknown-network",
            422,
            "Unknown network",
            "The named network is not one the members service created; `field` names where it was given"),
    MISSING_PRECONDITION(
            "missing-precondition",
            428,
            "Precondition required",
            "This change needs an If-Match header naming the version it is based on"),
    RATE_LIMITED("rate-limited", 429, "Rate limited", "The client's request budget is spent; retry after Retry-After"),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Headers too large", "The request's headers are over the limit"),
    INTERNAL_ERROR("internal-error", 500, "Internal error", "An unexpected failure; it carries no internal details"),
    SERVICE_UNAVAILABLE(
            "service-unavailable",
            503,
            "Service unavailable",
            "The service behind the operation is down; retry after Retry-After"),
    UPSTREAM_TIMEOUT(
            "upstream-timeout", 504, "Upstream timeout", "The service behind the operation did not answer in time"),
    UNKNOWN_REFERENCE(
            "unknown-reference",
            422,
            "Unknown reference",
            "The body names something that does not exist, e.g. a topic slug; `field` names where"),
    DATE_IN_THE_PAST(
            "date-in-the-past",
            422,
            "Date in the past",
            "A time that must lie in the future has passed: a new closing date, or the time to publish a scheduled "
                    + "item; `field` names it"),
    TRANSLATION_EXISTS(
            "translation-exists",
            409,
            "Translation exists",
            "The original already has a translation in this language, or is written in it; `field` names the language");

    public static final String URI_PREFIX = "tag:proud2bops.org,2026:problem:";

    private final String slug;
    private final int status;
    private final String title;
    private final String meaning;

    ProblemType(String slug, int status, String title, String meaning) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.meaning = meaning;
    }

    public URI uri() {
        return URI.create(URI_PREFIX + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * The type a problem gets when the code that raised it named none: the general one for its status. Statuses
     * with only specific meanings (409, 422) have none, so an untyped one shows up as a broken contract in tests.
     */
    public static Optional<ProblemType> generalFor(int status) {
        return Optional.ofNullable(GENERAL.get(status));
    }

    private static final Map<Integer, ProblemType> GENERAL = Map.ofEntries(
            general(VALIDATION_FAILED),
            general(UNAUTHORIZED),
            general(FORBIDDEN),
            general(NOT_FOUND),
            general(METHOD_NOT_ALLOWED),
            general(NOT_ACCEPTABLE),
            general(LENGTH_REQUIRED),
            general(STALE_VERSION),
            general(CONTENT_TOO_LARGE),
            general(URI_TOO_LONG),
            general(UNSUPPORTED_MEDIA_TYPE),
            general(MISSING_PRECONDITION),
            general(RATE_LIMITED),
            general(HEADERS_TOO_LARGE),
            general(INTERNAL_ERROR),
            general(SERVICE_UNAVAILABLE),
            general(UPSTREAM_TIMEOUT));

    private static Map.Entry<Integer, ProblemType> general(ProblemType type) {
        return Map.entry(type.status, type);
    }
}
