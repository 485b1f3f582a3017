package org.proud2bops.members.organisation;

/**
 * Which organisation a person works for: one on the reference list by ODS code, or, when theirs is not listed, the
 * name of one to propose for admin review. At most one of the two is given.
 */
public record OrganisationChoice(String odsCode, String proposedName) {

    public static final OrganisationChoice NONE = new OrganisationChoice(null, null);

    public boolean isEmpty() {
        return odsCode == null && proposedName == null;
    }
}
