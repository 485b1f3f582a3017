package org.proud2bops.events.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SessionSettingsRepository implements PanacheRepositoryBase<SessionSettings, UUID> {

    /** The event's settings: its row, or the defaults (not stored) when nobody changed them. */
    public SessionSettings of(UUID eventId) {
        return findByIdOptional(eventId).orElseGet(() -> SessionSettings.defaultsFor(eventId));
    }
}
