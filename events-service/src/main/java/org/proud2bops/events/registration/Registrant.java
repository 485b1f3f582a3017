package org.proud2bops.events.registration;

/**
 * In which capacity a registration was made: by the attendee, an admin, a regional network's client, or a lead of the
 * hosting network.
 */
public enum Registrant {
    SELF,
    ADMIN,
    REGIONAL_NETWORK,
    NETWORK_LEAD
}
