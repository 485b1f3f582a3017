package org.proud2bops.events.network;

import java.util.Set;

/**
 * The networks the caller leads, as this service's projection of the members service's facts says: what the access
 * policies decide a network lead's rights from. Empty for anyone without the network-lead role or a linked profile.
 */
public record LedNetworks(Set<String> slugs) {

    public static final LedNetworks NONE = new LedNetworks(Set.of());

    public LedNetworks {
        slugs = Set.copyOf(slugs);
    }

    public static LedNetworks of(String... slugs) {
        return new LedNetworks(Set.of(slugs));
    }

    /** Whether one of them is the network with this slug (false for no slug). */
    public boolean includes(String slug) {
        return slug != null && slugs.contains(slug);
    }
}
