package org.proud2bops.members.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.proud2bops.members.member.Region;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

    public Optional<Organisation> findByOdsCode(String odsCode) {
        return findByIdOptional(odsCode.strip().toUpperCase(Locale.ROOT));
    }

    /** Organisations by name, optionally of one region and type. */
    public PanacheQuery<Organisation> listed(Region region, OrganisationType type) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (region != null) {
            where.append(" and region = :region");
            parameters.put("region", region);
        }
        if (type != null) {
            where.append(" and type = :type");
            parameters.put("type", type);
        }
        return find(where.toString(), Sort.by("name").and("odsCode"), parameters);
    }
}
