package org.proud2bops.content.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A subject content is tagged with, e.g. patient flow or winter pressures; the slug is its stable key. */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Version
    public long version;
}
