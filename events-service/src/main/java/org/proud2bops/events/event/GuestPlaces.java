package org.proud2bops.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Whether guests hold places at an event (a confirmed or waitlisted registration of a guest): asked before an event
 * stops admitting guests. Read in SQL on the registration table, so the event feature does not depend on the
 * registration feature's types; asked with the event's row locked, which every registration takes first.
 */
@ApplicationScoped
public class GuestPlaces {

    private final EntityManager entityManager;

    public GuestPlaces(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many guests hold a place at the event or wait for one. */
    public long heldAt(UUID eventId) {
        Number count = (Number) entityManager
                .createNativeQuery("select count(*) from registration where event_id = :eventId and member_id is null"
                        + " and status in ('CONFIRMED', 'WAITLISTED')")
                .setParameter("eventId", eventId)
                .getSingleResult();
        return count.longValue();
    }
}
