package org.proud2bops.events.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A member who leads a network, as the members service's NetworkMembershipChanged facts say. */
@Entity
@Table(name = "network_lead")
public class NetworkLead {

    @Embeddable
    public record Key(
            @Column(name = "network_slug") String networkSlug,
            @Column(name = "member_id") UUID memberId) implements Serializable {}

    @EmbeddedId
    public Key key;
}
