package org.proud2bops.events.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.proud2bops.events.event.Region;

/**
 * A network that can host events, as the members service's NetworkCreated facts describe it (the national and the
 * seven regional networks, which the members service creates without a fact, are seeded by this service's migration).
 */
@Entity
@Table(name = "network")
public class Network {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NetworkKind kind;

    /** The region a regional or trust network belongs to; null for the national network. */
    @Enumerated(EnumType.STRING)
    @Column(name = "region")
    public Region region;
}
