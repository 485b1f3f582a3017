package org.proud2bops.members.member;

/** The seven NHS England regions; each has one regional Proud2bOps network. */
public enum Region {
    LONDON,
    MIDLANDS,
    EAST_OF_ENGLAND,
    NORTH_EAST_AND_YORKSHIRE,
    SOUTH_EAST,
    SOUTH_WEST,
    NORTH_WEST
}
