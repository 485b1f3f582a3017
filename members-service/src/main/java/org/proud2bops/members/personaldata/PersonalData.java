package org.proud2bops.members.personaldata;

import java.util.List;
import org.proud2bops.members.advisory.AdvisoryApplicationView;
import org.proud2bops.members.lifecycle.MemberStatusChange;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.network.MembershipInNetwork;

/** Everything the members service holds about one person, for their access request. */
public record PersonalData(
        Member member,
        List<MemberStatusChange> statusHistory,
        List<MembershipInNetwork> networks,
        List<AdvisoryApplicationView> advisoryApplications) {}
