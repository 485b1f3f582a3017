package org.proud2bops.members.personaldata;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proud2bops.members.advisory.AdvisoryApplication;
import org.proud2bops.members.advisory.AdvisoryDocument;
import org.proud2bops.members.lifecycle.MemberStatusChange;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.network.Network;
import org.proud2bops.members.network.NetworkMembership;

/** Everything the members service holds about one person, for their access request. */
public record PersonalData(
        Member member,
        List<MemberStatusChange> statusHistory,
        List<Membership> networks,
        List<AdvisoryApplication> advisoryApplications,
        Map<UUID, List<AdvisoryDocument>> advisoryDocuments) {

    public record Membership(Network network, NetworkMembership membership) {}
}
