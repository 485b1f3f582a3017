package org.proud2bops.events.registration;

/**
 * A registration was cancelled (by its attendee, an admin, a regional client, or an erasure): fired synchronously in
 * the cancelling transaction, with the event's row locked and the registration already CANCELLED, so observers
 * release what it held in the same transaction (its sessions' places).
 */
public record PlaceGivenBack(Registration registration) {}
