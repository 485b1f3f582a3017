package org.proud2bops.events.checkin;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "EventAttendance",
        examples = "{\"eventId\":\"5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11\",\"ended\":true,\"confirmed\":300,\"checkedIn"
                + "\":271,\"noShows\":29}",
        requiredProperties = {"eventId", "ended", "confirmed", "checkedIn", "noShows"},
        description = "An event's attendance now")
public record EventAttendanceResponse(
        UUID eventId,

        @Schema(description = "Whether the event has ended; only then are confirmed attendees not checked in no-shows")
        boolean ended,

        @Schema(description = "Confirmed places") long confirmed,

        @Schema(description = "Confirmed attendees checked in at the door")
        long checkedIn,

        @Schema(description = "Once the event ended: confirmed attendees never checked in; 0 before")
        long noShows) {

    static EventAttendanceResponse of(EventAttendance attendance) {
        return new EventAttendanceResponse(
                attendance.eventId(),
                attendance.ended(),
                attendance.confirmed(),
                attendance.checkedIn(),
                attendance.noShows());
    }
}
