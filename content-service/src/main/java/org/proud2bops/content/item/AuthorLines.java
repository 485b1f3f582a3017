package org.proud2bops.content.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.proud2bops.content.publication.PublishedReads;

/**
 * Keeps member authors' lines in step with the members projection. A rename or an erasure rewrites the member's
 * lines on every item and gives those items a new version and a later change time, so their ETags (and the lists' and feeds'
 * fingerprints) change with what they show; it is not an edit, so it writes no revision and publishes no fact
 * (ContentUpdated carries no authors). Revisions' snapshots hold member ids only, never names.
 */
@ApplicationScoped
public class AuthorLines {

    /** What a revision written by a member who was since erased names as its editor. */
    static final String FORMER_MEMBER_EDITOR = "former-member";

    private final ContentItemRepository items;
    private final Clock clock;
    private final PublishedReads publishedReads;

    public AuthorLines(ContentItemRepository items, Clock clock, PublishedReads publishedReads) {
        this.items = items;
        this.clock = clock;
        this.publishedReads = publishedReads;
    }

    /** The member's lines print their new name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void renamed(UUID memberId, String name) {
        touchItemsOf(memberId);
        items.getEntityManager()
                .createNativeQuery(
                        "update content_item_member_author set display_name = :name" + " where member_id = :memberId")
                .setParameter("name", name)
                .setParameter("memberId", memberId)
                .executeUpdate();
    }

    /**
     * The member was erased: their lines become a former member's ({@code formerName}, no id shown publicly), and
     * revisions they wrote as an author (their token's subject) name {@value #FORMER_MEMBER_EDITOR} instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(UUID memberId, String accountSubject, String formerName) {
        touchItemsOf(memberId);
        items.getEntityManager()
                .createNativeQuery("update content_item_member_author set display_name = :name, former = true"
                        + " where member_id = :memberId")
                .setParameter("name", formerName)
                .setParameter("memberId", memberId)
                .executeUpdate();
        if (accountSubject != null) {
            items.getEntityManager()
                    .createNativeQuery("update content_item_revision set editor = :former where editor = :subject")
                    .setParameter("former", FORMER_MEMBER_EDITOR)
                    .setParameter("subject", accountSubject)
                    .executeUpdate();
        }
    }

    private void touchItemsOf(UUID memberId) {
        // Written past Hibernate: what readers are kept is dropped when this transaction ends
        publishedReads.changed();
        items.getEntityManager()
                .createNativeQuery("update content_item set version = version + 1,"
                        + " updated_at = greatest(updated_at + interval '1 microsecond', :now) where id in"
                        + " (select item_id from content_item_member_author where member_id = :memberId)")
                .setParameter("now", clock.instant().truncatedTo(ChronoUnit.MICROS))
                .setParameter("memberId", memberId)
                .executeUpdate();
    }
}
