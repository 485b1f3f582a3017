package org.proud2bops.content.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FullyBookedSessionRepository implements PanacheRepositoryBase<FullyBookedSession, UUID> {

    /** The fully booked sessions of these events, soonest first (then by title and id, for a stable order). */
    List<FullyBookedSession> ofEvents(Collection<UUID> eventIds) {
        return eventIds.isEmpty()
                ? List.of()
                : list(
                        "eventId in ?1",
                        Sort.by("startsAt", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
                                .and("title")
                                .and("sessionId"),
                        eventIds);
    }
}
