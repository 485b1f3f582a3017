package org.proud2bops.members.member;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.network.NetworkKind;
import org.proud2bops.members.organisation.Organisation;
import org.proud2bops.members.organisation.OrganisationProposal;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    private static final String ACTIVE_LITERAL = MemberStatus.class.getName() + "." + MemberStatus.ACTIVE.name();
    private static final String NAME_ORDER = "familyName, givenName, id";
    private static final Sort NAME_SORT = Sort.by("familyName").and("givenName").and("id");
    private static final Sort JOINED_ORDER = Sort.by(
                    "joinedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
            .and("id");
    /** More words than this in one search add nothing but cost. */
    private static final int MAX_SEARCH_WORDS = 6;

    public boolean emailInUse(String email) {
        return count("lower(email) = lower(?1)", email.strip()) > 0;
    }

    public Optional<Member> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email.strip()).firstResultOptional();
    }

    /** A member that has not been erased: an erased record is gone for every purpose but recognising stale facts. */
    public Optional<Member> findLive(UUID memberId) {
        return findByIdOptional(memberId).filter(member -> member.status != MemberStatus.ERASED);
    }

    public Optional<Member> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** A member not yet linked to any sign-in whose email matches, ignoring case. */
    public Optional<Member> findUnlinkedByEmail(String email) {
        return find("subject is null and lower(email) = lower(?1)", email).firstResultOptional();
    }

    /** Members matching the filter, in its order. Erased records never appear. */
    public PanacheQuery<Member> filtered(MemberFilter filter) {
        StringBuilder where = new StringBuilder("status <> :erased");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("erased", MemberStatus.ERASED);
        condition(where, parameters, "region", filter.region(), "region = :region");
        if (filter.directoryVisibleOnly() && filter.status() == MemberStatus.ACTIVE) {
            // Written out rather than bound, so PostgreSQL can use the partial directory index in a cached plan.
            where.append(" and status = ").append(ACTIVE_LITERAL).append(" and directoryVisible = true");
        } else {
            condition(where, parameters, "status", filter.status(), "status = :status");
            if (filter.directoryVisibleOnly()) {
                where.append(" and directoryVisible = true");
            }
        }
        condition(where, parameters, "roleLevel", filter.roleLevel(), "roleLevel = :roleLevel");
        condition(
                where,
                parameters,
                "ods",
                filter.organisationOdsCode() == null
                        ? null
                        : filter.organisationOdsCode().strip().toUpperCase(Locale.ROOT),
                "organisation.odsCode = :ods");
        condition(
                where,
                parameters,
                "organisationType",
                filter.organisationType(),
                "organisation.type = :organisationType");
        condition(
                where,
                parameters,
                "network",
                filter.networkSlug(),
                "id in (select n.key.memberId from NetworkMembership n where n.key.networkSlug = :network)");
        List<String> words = searchWords(filter.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and searchText like :word").append(i);
            parameters.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        if (filter.sort() == MemberSort.RELEVANCE && !words.isEmpty()) {
            parameters.put("text", String.join(" ", words));
            return find(
                    where + " order by function('word_similarity', :text, searchText) desc, " + NAME_ORDER, parameters);
        }
        return find(where.toString(), filter.sort() == MemberSort.JOINED ? JOINED_ORDER : NAME_SORT, parameters);
    }

    /**
     * Applications waiting for a decision, oldest first: all of them, or only those under the networks a lead
     * leads (the regional network of the applicant's region or the trust network of their organisation).
     */
    public PanacheQuery<Member> applications(Optional<UUID> ledBy) {
        if (ledBy.isEmpty()) {
            return find("status = ?1 order by updatedAt, id", MemberStatus.APPLIED);
        }
        return find(
                """
                status = :applied and (
                  region in (select n.region from NetworkMembership m, Network n
                             where m.key.networkSlug = n.slug and m.key.memberId = :lead and m.lead = true and n.kind = :regional)
                  or organisation in (select n.organisation from NetworkMembership m, Network n
                             where m.key.networkSlug = n.slug and m.key.memberId = :lead and m.lead = true and n.kind = :trust))
                order by updatedAt, id""",
                Map.of(
                        "applied",
                        MemberStatus.APPLIED,
                        "lead",
                        ledBy.get(),
                        "regional",
                        NetworkKind.REGIONAL,
                        "trust",
                        NetworkKind.TRUST));
    }

    /** Every live member of a network, in name order. */
    public PanacheQuery<Member> allInNetwork(String slug) {
        return inNetwork(slug, "");
    }

    /** A network's active members who opted into the directory, in name order. */
    public PanacheQuery<Member> directoryInNetwork(String slug) {
        return inNetwork(slug, " and status = " + ACTIVE_LITERAL + " and directoryVisible = true");
    }

    public List<Member> withOrganisation(Organisation organisation) {
        return list("organisation", organisation);
    }

    /** Members who named this proposed organisation. */
    public List<Member> proposersOf(OrganisationProposal proposal) {
        return list("organisationProposal", proposal);
    }

    /** Writes what is pending and forgets every loaded member, so a long batch does not slow each flush. */
    public void flushAndClear() {
        flush();
        getEntityManager().clear();
    }

    private PanacheQuery<Member> inNetwork(String slug, String visibility) {
        return find(
                "id in (select n.key.memberId from NetworkMembership n where n.key.networkSlug = :slug)"
                        + " and status <> :erased" + visibility,
                NAME_SORT,
                Map.of("slug", slug, "erased", MemberStatus.ERASED));
    }

    private static void condition(
            StringBuilder where, Map<String, Object> parameters, String name, Object value, String clause) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    static List<String> searchWords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).strip().split("\\s+"))
                .distinct()
                .limit(MAX_SEARCH_WORDS)
                .toList();
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
