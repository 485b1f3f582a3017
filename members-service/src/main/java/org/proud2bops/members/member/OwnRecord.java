package org.proud2bops.members.member;

import java.util.List;
import java.util.Optional;
import org.proud2bops.members.network.Network;

/**
 * What access decisions need to know about the caller beyond their token: their own member record, when they have one
 * (linked to their token's subject, or not yet linked and with their verified email), and the networks it leads.
 */
public record OwnRecord(Optional<Member> member, List<Network> ledNetworks) {

    public static final OwnRecord NONE = new OwnRecord(Optional.empty(), List.of());

    public static OwnRecord of(Member member, List<Network> ledNetworks) {
        return new OwnRecord(Optional.of(member), ledNetworks);
    }

    /** The own record when it is ACTIVE: only then does the caller have member rights. */
    public Optional<Member> active() {
        return member.filter(MemberAccess::hasMemberRights);
    }

    public boolean leads(String networkSlug) {
        return ledNetworks.stream().anyMatch(network -> network.slug.equals(networkSlug));
    }
}
