package org.proud2bops.members.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    /** A stable order for every member listing: family name, given name, then id. */
    private static final Sort DIRECTORY_ORDER = Sort.by("familyName").and("givenName").and("id");

    public boolean emailInUse(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }

    public Optional<Member> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** A member not yet linked to any sign-in whose email matches, ignoring case. */
    public Optional<Member> findUnlinkedByEmail(String email) {
        return find("subject is null and lower(email) = lower(?1)", email).firstResultOptional();
    }

    /** Members in directory order, optionally of one region or only directory-visible. */
    public PanacheQuery<Member> listed(Region region, boolean directoryVisibleOnly) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (region != null) {
            where.append(" and region = :region");
            parameters.put("region", region);
        }
        if (directoryVisibleOnly) {
            where.append(" and directoryVisible = true");
        }
        return find(where.toString(), DIRECTORY_ORDER, parameters);
    }

    /** A network's members in directory order; only directory-visible ones unless {@code everyone}. */
    public PanacheQuery<Member> inNetwork(String slug, boolean everyone) {
        String visibility = everyone ? "" : " and directoryVisible = true";
        return find("id in (select n.key.memberId from NetworkMembership n where n.key.networkSlug = :slug)" + visibility,
                DIRECTORY_ORDER, Map.of("slug", slug));
    }
}
