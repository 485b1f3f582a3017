package org.proud2bops.events.network;

/** The members service's kinds of network; this is the events service's copy and changes only after it. */
public enum NetworkKind {
    NATIONAL,
    REGIONAL,
    TRUST
}
