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

    /** Members in a stable order (family name, given name, id), optionally of one region or only directory-visible. */
    public PanacheQuery<Member> listed(Region region, boolean directoryVisibleOnly) {
        Sort order = Sort.by("familyName").and("givenName").and("id");
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (region != null) {
            where.append(" and region = :region");
            parameters.put("region", region);
        }
        if (directoryVisibleOnly) {
            where.append(" and directoryVisible = true");
        }
        return find(where.toString(), order, parameters);
    }

    /** A network's members in directory order; only directory-visible ones unless {@code everyone}. */
    public PanacheQuery<Member> inNetwork(String slug, boolean everyone) {
        String visibility = everyone ? "" : " and directoryVisible = true";
        return find("id in (select n.key.memberId from NetworkMembership n where n.key.networkSlug = :slug)" + visibility,
                Sort.by("familyName").and("givenName").and("id"), Map.of("slug", slug));
    }
}
