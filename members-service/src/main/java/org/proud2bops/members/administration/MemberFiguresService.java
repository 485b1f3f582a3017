package org.proud2bops.members.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.members.member.Region;
import org.proud2bops.members.organisation.OrganisationType;

@ApplicationScoped
public class MemberFiguresService {

    /** Members without an organisation on the list (none given, or one proposed and not yet reviewed). */
    static final String NO_LISTED_ORGANISATION = "UNLISTED";

    private final EntityManager entityManager;

    public MemberFiguresService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public MemberFigures figures() {
        Map<String, Long> byRegion = zeroes(Region.values());
        byRegion.putAll(counts("select region, count(*) from member where status = 'ACTIVE' group by region"));
        Map<String, Long> byType = zeroes(OrganisationType.values());
        byType.put(NO_LISTED_ORGANISATION, 0L);
        byType.putAll(counts("""
                select coalesce(o.type, '%s'), count(*) from member m left join organisation o on o.ods_code = m.organisation_ods
                where m.status = 'ACTIVE' group by 1""".formatted(NO_LISTED_ORGANISATION)));
        Map<String, Long> byStatus = zeroes(Arrays.stream(MemberStatus.values())
                .filter(status -> status != MemberStatus.ERASED)
                .toArray(MemberStatus[]::new));
        byStatus.putAll(counts("select status, count(*) from member where status <> 'ERASED' group by status"));
        Map<String, Long> byMonth = counts("""
                select to_char(joined_at at time zone 'Europe/London', 'YYYY-MM'), count(*) from member
                where status = 'ACTIVE' and joined_at is not null group by 1 order by 1""");
        return new MemberFigures(byStatus.get(MemberStatus.ACTIVE.name()), byRegion, byType, byStatus, byMonth);
    }

    private Map<String, Long> counts(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static Map<String, Long> zeroes(Enum<?>[] keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        Arrays.stream(keys).forEach(key -> map.put(key.name(), 0L));
        return map;
    }
}
