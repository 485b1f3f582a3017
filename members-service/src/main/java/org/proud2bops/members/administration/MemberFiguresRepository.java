package org.proud2bops.members.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of members for dashboards, straight from the database; each map is keyed by the value counted. */
@ApplicationScoped
public class MemberFiguresRepository {

    private final EntityManager entityManager;

    public MemberFiguresRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<String, Long> activeByRegion() {
        return counts("select region, count(*) from member where status = 'ACTIVE' group by region");
    }

    /** Members without a listed organisation are counted under {@code unlisted}. */
    public Map<String, Long> activeByOrganisationType(String unlisted) {
        return counts("""
                select coalesce(o.type, '%s'), count(*) from member m left join organisation o on o.ods_code = m.organisation_ods
                where m.status = 'ACTIVE' group by 1""".formatted(unlisted));
    }

    public Map<String, Long> byStatusExceptErased() {
        return counts("select status, count(*) from member where status <> 'ERASED' group by status");
    }

    /** Active members by the month (Europe/London) they joined, oldest first. */
    public Map<String, Long> activeByMonthJoined() {
        return counts("""
                select to_char(joined_at at time zone 'Europe/London', 'YYYY-MM'), count(*) from member
                where status = 'ACTIVE' and joined_at is not null group by 1 order by 1""");
    }

    private Map<String, Long> counts(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
