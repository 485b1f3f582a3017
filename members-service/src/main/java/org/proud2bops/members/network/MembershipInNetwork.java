package org.proud2bops.members.network;

/** A member's membership of one network, with the network. */
public record MembershipInNetwork(Network network, NetworkMembership membership) {}
