package org.proud2bops.content.publication;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.proud2bops.content.item.ContentItem;
import org.proud2bops.content.item.ItemAccess;
import org.proud2bops.platform.security.Caller;

/**
 * Published items for front ends. PUBLIC items are anyone's; MEMBERS_ONLY items are listed for, and read by, callers
 * {@link ItemAccess} lets read them; anyone else asking for one by slug is refused (401 without a token, 403 with one)
 * rather than told it does not exist, so a front end can ask the reader to sign in.
 */
@ApplicationScoped
public class PublicationService {

    private final PublicationRepository publications;
    private final ItemAccess access;
    private final Clock clock;

    public PublicationService(PublicationRepository publications, ItemAccess access, Clock clock) {
        this.publications = publications;
        this.access = access;
        this.clock = clock;
    }

    public PanacheQuery<ContentItem> list(Caller caller, PublicationFilter filter) {
        return publications.published(filter, access.readsMembersOnly(caller), clock.instant());
    }

    public Optional<ContentItem> find(Caller caller, String slug, String language) {
        return publications.publishedBySlug(slug, language).map(item -> {
            if (!access.mayRead(caller, item.visibility)) {
                throw caller.refusal("This item is for members only");
            }
            return item;
        });
    }
}
