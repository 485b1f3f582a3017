package org.proud2bops.members.network;

/** The national network, the seven regional ones, and trust-level "Proud2bOps@" networks. */
public enum NetworkKind {
    NATIONAL,
    REGIONAL,
    TRUST
}
