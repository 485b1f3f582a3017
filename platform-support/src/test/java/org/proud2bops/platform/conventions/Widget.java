package org.proud2bops.platform.conventions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "widget")
public class Widget {

    @Id
    public UUID id;

    public String name;

    @Version
    public long version;
}
