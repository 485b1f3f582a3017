package org.proud2bops.events.event;

/**
 * An event was changed by an admin: fired synchronously inside the changing transaction, with the event's row locked,
 * so an observer may act on its places in the same transaction (the waiting list fills places a raised capacity adds).
 */
public record EventChanged(Event event) {}
