package org.proud2bops.events.event;

/**
 * The seven NHS England regions; a regional network's events are hosted in one of them. The members service owns
 * this vocabulary (its {@code Region}); this is the events service's copy and changes only after it.
 */
public enum Region {
    LONDON,
    MIDLANDS,
    EAST_OF_ENGLAND,
    NORTH_EAST_AND_YORKSHIRE,
    SOUTH_EAST,
    SOUTH_WEST,
    NORTH_WEST
}
