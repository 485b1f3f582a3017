package org.proud2bops.members.architecturefixture;

import org.proud2bops.events.architecturefixture.EventTicket;

/** A members-service class that uses an events-service class; only ArchUnit reads it (ServiceArchitectureTest). */
public class ReachesIntoEvents {
    EventTicket ticket;
}
