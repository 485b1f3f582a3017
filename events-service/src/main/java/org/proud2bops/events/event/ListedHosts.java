package org.proud2bops.events.event;

import java.util.Set;

/**
 * Whose events a listing shows: every network's ({@link #EVERY}, {@code networks} null), or only the events hosted by
 * these networks (by slug), as {@link EventAccess#listing} decides.
 */
public record ListedHosts(Set<String> networks) {

    public static final ListedHosts EVERY = new ListedHosts(null);

    public static ListedHosts only(Set<String> networks) {
        return new ListedHosts(Set.copyOf(networks));
    }

    /** Whether every network's events are listed. */
    public boolean every() {
        return networks == null;
    }
}
