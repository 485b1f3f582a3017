package org.proud2bops.events.registration;

/** In which capacity a registration was made: by the attendee, an admin, or a regional network's client. */
public enum Registrant {
    SELF,
    ADMIN,
    REGIONAL_NETWORK
}
