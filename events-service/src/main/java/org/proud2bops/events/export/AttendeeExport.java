package org.proud2bops.events.export;

import jakarta.ws.rs.core.StreamingOutput;

/** An attendee list ready to stream: the file name the server chose and the body, written when the response is. */
public record AttendeeExport(String fileName, StreamingOutput body) {}
