package org.proud2bops.members.member;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.proud2bops.members.network.Network;
import org.proud2bops.members.network.NetworkKind;
import org.proud2bops.members.organisation.Organisation;

/** Entities as access policies see them, built in memory. */
public final class TestRecords {

    private TestRecords() {}

    /** A member in a status and region, linked to {@code subject} (null: never signed in). */
    public static Member member(String subject, MemberStatus status, Region region) {
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.subject = subject;
        member.status = status;
        member.region = region;
        member.givenName = "Test";
        member.familyName = subject == null ? "Unlinked" : subject;
        member.email = (subject == null ? member.id.toString() : subject) + "@example.org";
        member.roleLevel = RoleLevel.OTHER;
        member.updatedAt = Instant.now();
        return member;
    }

    public static Member atOrganisation(Member member, String odsCode) {
        member.organisation = organisation(odsCode, member.region);
        return member;
    }

    public static Organisation organisation(String odsCode, Region region) {
        Organisation organisation = new Organisation();
        organisation.odsCode = odsCode;
        organisation.name = "Trust " + odsCode;
        organisation.region = region;
        return organisation;
    }

    public static Network regionalNetwork(Region region) {
        return network("p2b-" + region.name().toLowerCase(), NetworkKind.REGIONAL, region, null);
    }

    public static Network trustNetwork(String odsCode, Region region) {
        return network("p2b-at-" + odsCode.toLowerCase(), NetworkKind.TRUST, region, organisation(odsCode, region));
    }

    public static Network nationalNetwork() {
        return network("p2b-national", NetworkKind.NATIONAL, null, null);
    }

    /** The caller's own record, leading these networks. */
    public static OwnRecord own(Member member, Network... led) {
        return OwnRecord.of(member, List.of(led));
    }

    private static Network network(String slug, NetworkKind kind, Region region, Organisation organisation) {
        Network network = new Network();
        network.slug = slug;
        network.name = slug;
        network.kind = kind;
        network.region = region;
        network.organisation = organisation;
        return network;
    }
}
