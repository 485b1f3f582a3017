package org.proud2bops.members.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.proud2bops.members.member.Region;

/** An NHS (or other) organisation, keyed by its ODS code. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @Column(name = "ods_code")
    public String odsCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Version
    public long version;
}
