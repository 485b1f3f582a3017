package org.proud2bops.content.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.proud2bops.content.views.ViewCounter.DayCount;

/** The per-item per-day view counts ({@code content_item_view}, V4). */
@ApplicationScoped
public class ViewRepository {

    /** Rows per upsert statement: well under PostgreSQL's limit of bind parameters. */
    private static final int ROWS_PER_STATEMENT = 500;

    private final EntityManager entityManager;

    public ViewRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One item's views on one day. */
    public record DayViews(LocalDate day, long views) {}

    /** One published item's views in a period, with what names it. */
    public record ItemViews(UUID itemId, String slug, String language, String kind, String title, long views) {}

    /** Adds the counts to the rows of their items and days (created when missing), in one transaction. */
    @Transactional
    void add(List<DayCount> counts) {
        for (int from = 0; from < counts.size(); from += ROWS_PER_STATEMENT) {
            List<DayCount> rows = counts.subList(from, Math.min(counts.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("insert into content_item_view (item_id, day, views) values ");
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("(:i")
                        .append(i)
                        .append(", :d")
                        .append(i)
                        .append(", :v")
                        .append(i)
                        .append(')');
            }
            sql.append(" on conflict (item_id, day) do update set views = content_item_view.views + excluded.views");
            Query query = entityManager.createNativeQuery(sql.toString());
            for (int i = 0; i < rows.size(); i++) {
                query.setParameter("i" + i, rows.get(i).itemId())
                        .setParameter("d" + i, rows.get(i).day())
                        .setParameter("v" + i, rows.get(i).views());
            }
            query.executeUpdate();
        }
    }

    /** The item's views on each day of the period that has any, oldest first. */
    @SuppressWarnings("unchecked")
    public List<DayViews> days(UUID itemId, LocalDate from, LocalDate to) {
        List<Object[]> rows = entityManager
                .createNativeQuery("select day, views from content_item_view where item_id = :item"
                        + " and day between :from and :to order by day")
                .setParameter("item", itemId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return rows.stream()
                .map(row -> new DayViews(day(row[0]), ((Number) row[1]).longValue()))
                .toList();
    }

    /** Whether a content item (in any status) has this id. */
    public boolean itemExists(UUID itemId) {
        return (Boolean) entityManager
                .createNativeQuery("select exists (select 1 from content_item where id = :item)")
                .setParameter("item", itemId)
                .getSingleResult();
    }

    /** The item's views since counting began. */
    public long total(UUID itemId) {
        return ((Number) entityManager
                        .createNativeQuery(
                                "select coalesce(sum(views), 0) from content_item_view where item_id = :item")
                        .setParameter("item", itemId)
                        .getSingleResult())
                .longValue();
    }

    /** The published items read most in the period, most views first (ties: by id), at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<ItemViews> mostRead(LocalDate from, LocalDate to, int limit) {
        List<Object[]> rows = entityManager
                .createNativeQuery("select c.id, c.slug, c.language, c.kind, c.title, t.total from (select"
                        + " v.item_id, sum(v.views) as total from content_item_view v where v.day between :from"
                        + " and :to group by v.item_id) t join content_item c on c.id = t.item_id"
                        + " where c.status = 'PUBLISHED' order by t.total desc, c.id limit :limit")
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> new ItemViews(
                        (UUID) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        ((Number) row[5]).longValue()))
                .toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
