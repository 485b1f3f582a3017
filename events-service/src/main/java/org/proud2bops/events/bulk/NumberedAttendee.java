package org.proud2bops.events.bulk;

/** A batch's attendee with the number its row has in the report. */
record NumberedAttendee(int row, BatchAttendee attendee) {}
