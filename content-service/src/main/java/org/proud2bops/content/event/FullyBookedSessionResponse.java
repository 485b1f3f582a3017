package org.proud2bops.content.event;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContentFullyBookedSession",
        requiredProperties = {"sessionId", "title", "fullAt"},
        description = "A session of the related event whose places are all taken (newcomers join its waiting list)")
public record FullyBookedSessionResponse(
        UUID sessionId,
        String title,

        @Schema(description = "When the session starts; absent when the events service did not say")
        Instant startsAt,

        @Schema(description = "When the session ends; absent when the events service did not say")
        Instant endsAt,

        @Schema(description = "When its last place was taken")
        Instant fullAt) {

    static FullyBookedSessionResponse of(FullyBookedSession session) {
        return new FullyBookedSessionResponse(
                session.sessionId, session.title, session.startsAt, session.endsAt, session.fullAt);
    }
}
