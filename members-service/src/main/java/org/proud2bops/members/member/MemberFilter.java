package org.proud2bops.members.member;

import org.proud2bops.members.organisation.OrganisationType;

/**
 * Which members a listing, search or export takes; a null field does not filter. {@code text} matches every word
 * it holds, each anywhere in the name, job title or organisation, in any order.
 */
public record MemberFilter(
        Region region,
        String networkSlug,
        OrganisationType organisationType,
        String organisationOdsCode,
        MemberStatus status,
        RoleLevel roleLevel,
        String text,
        boolean directoryVisibleOnly,
        MemberSort sort) {

    /** The same filter, narrowed to what people other than admins may see in the directory. */
    public MemberFilter directoryOnly() {
        return new MemberFilter(
                region,
                networkSlug,
                organisationType,
                organisationOdsCode,
                MemberStatus.ACTIVE,
                roleLevel,
                text,
                true,
                sort);
    }

    public MemberFilter inRegion(Region confinedTo) {
        return new MemberFilter(
                confinedTo,
                networkSlug,
                organisationType,
                organisationOdsCode,
                status,
                roleLevel,
                text,
                directoryVisibleOnly,
                sort);
    }
}
