package org.proud2bops.members.advisory;

/** What inspecting an uploaded file as one format found. */
sealed interface DocumentVerdict {

    /** It parses as the format and carries nothing refused. */
    record Sound() implements DocumentVerdict {}

    /** It does not parse as the format: some other kind of file, or a broken one. */
    record Unreadable(String reason) implements DocumentVerdict {}

    /** It parses, but carries something a CV or letter must not (script, macros, programs, hidden data). */
    record Hazardous(String reason) implements DocumentVerdict {}
}
