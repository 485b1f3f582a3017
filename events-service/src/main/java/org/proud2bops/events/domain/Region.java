package org.proud2bops.events.domain;

/** The seven NHS England regions; a regional network's events are hosted in one of them. */
public enum Region {
    LONDON,
    MIDLANDS,
    EAST_OF_ENGLAND,
    NORTH_EAST_AND_YORKSHIRE,
    SOUTH_EAST,
    SOUTH_WEST,
    NORTH_WEST
}
