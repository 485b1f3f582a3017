package org.proud2bops.members.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.proud2bops.members.member.Region;
import org.proud2bops.members.organisation.Organisation;

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

    /** Null only for the national network. */
    @Enumerated(EnumType.STRING)
    public Region region;

    /** The trust a trust-level network belongs to. */
    @ManyToOne
    @JoinColumn(name = "organisation_ods")
    public Organisation organisation;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
