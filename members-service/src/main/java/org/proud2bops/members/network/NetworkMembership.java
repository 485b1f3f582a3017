package org.proud2bops.members.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A member belonging to a network, possibly as one of its leads. */
@Entity
@Table(name = "network_membership")
public class NetworkMembership {

    @Embeddable
    public record Key(
            @Column(name = "network_slug") String networkSlug,
            @Column(name = "member_id") UUID memberId) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public boolean lead;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;
}
