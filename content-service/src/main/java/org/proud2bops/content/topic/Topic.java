package org.proud2bops.content.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.proud2bops.content.publication.PublishedReads;

/** A subject content is tagged with, e.g. patient flow or winter pressures; the slug is its stable key. */
@Entity
@EntityListeners(PublishedReads.RowChanges.class)
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
