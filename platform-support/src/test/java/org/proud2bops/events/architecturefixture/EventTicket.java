package org.proud2bops.events.architecturefixture;

/** Stands for an events-service class; only ArchUnit reads it (ServiceArchitectureTest). */
public class EventTicket {}
