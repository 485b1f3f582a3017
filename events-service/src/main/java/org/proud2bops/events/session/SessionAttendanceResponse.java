package org.proud2bops.events.session;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SessionAttendance",
        examples = "{\"sessionId\":\"0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f\",\"title\":\"Flow through urgent care\",\"s"
                + "tartsAt\":\"2027-11-07T10:00:00Z\",\"endsAt\":\"2027-11-07T11:00:00Z\",\"ended\":true,\"booked\":120"
                + ",\"checkedIn\":97,\"noShows\":23}",
        requiredProperties = {"sessionId", "title", "startsAt", "endsAt", "ended", "booked", "checkedIn", "noShows"},
        description = "A session's attendance now")
public record SessionAttendanceResponse(
        UUID sessionId,
        String title,
        Instant startsAt,
        Instant endsAt,

        @Schema(description = "Whether the session has ended; only then are bookings not checked in no-shows")
        boolean ended,

        @Schema(description = "Confirmed bookings") long booked,

        @Schema(description = "Confirmed bookings checked in at the session's door")
        long checkedIn,

        @Schema(description = "Once the session ended: confirmed bookings never checked in; 0 before")
        long noShows) {

    static SessionAttendanceResponse of(Session session, long[] counts, Instant now) {
        boolean ended = !now.isBefore(session.endsAt);
        return new SessionAttendanceResponse(
                session.id,
                session.title,
                session.startsAt,
                session.endsAt,
                ended,
                counts[0],
                counts[1],
                ended ? counts[0] - counts[1] : 0);
    }
}
