package org.proud2bops.members.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proud2bops.members.domain.AdvisoryApplication;
import org.proud2bops.members.domain.AdvisoryDocument;
import org.proud2bops.members.domain.Member;
import org.proud2bops.members.domain.MemberStatusChange;
import org.proud2bops.members.domain.Network;
import org.proud2bops.members.domain.NetworkMembership;

/** Everything the members service holds about one person, for their access request. */
public record PersonalData(
        Member member,
        List<MemberStatusChange> statusHistory,
        List<Membership> networks,
        List<AdvisoryApplication> advisoryApplications,
        Map<UUID, List<AdvisoryDocument>> advisoryDocuments) {

    public record Membership(Network network, NetworkMembership membership) {}
}
