package org.proud2bops.bench.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the scratch table deploy/bench/content-read creates: about the size of a published content item. */
@Entity
@Table(name = "reference_item")
public class Item extends PanacheEntityBase {
    @Id
    public long id;

    public String slug;
    public String language;
    public String title;
    public String summary;
    public String bodyHtml;
    public Instant publishedAt;
}
