package org.proud2bops.events.checkin;

import java.util.UUID;

/** An event's attendance at one moment: confirmed places, who of them checked in, and (once it ended) no-shows. */
public record EventAttendance(UUID eventId, boolean ended, long confirmed, long checkedIn, long noShows) {}
