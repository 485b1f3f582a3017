package org.proud2bops.platform.security;

/** The realm roles the identity provider puts in a token's {@code roles} claim. */
public final class Roles {

    public static final String MEMBER = "member";
    /** Leads one or more networks; which ones is the members service's data, not a claim. */
    public static final String NETWORK_LEAD = "network-lead";

    public static final String EVENTS_ADMIN = "events-admin";
    public static final String CONTENT_EDITOR = "content-editor";
    public static final String ADMIN = "admin";
    /** A regional network's client-credentials client; its token carries the region in the {@code region} claim. */
    public static final String REGIONAL_NETWORK = "regional-network";

    private Roles() {}
}
