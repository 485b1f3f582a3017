package org.proud2bops.events.registration;

/** How much a caller sees of the members attending: decided by {@link RegistrationAccess}. */
public enum AttendeeView {
    /** Every attendee's id and name. */
    EVERY_ATTENDEE,
    /** A member attendee's id and name only while the member is active and in the directory. */
    DIRECTORY_MEMBERS_ONLY;

    /** Whether this view shows who attends with the registration; a guest is always shown. */
    public boolean identifies(Registration registration) {
        return registration.member == null || this == EVERY_ATTENDEE || registration.member.isInDirectory();
    }

    /**
     * Whether this view shows the registration's check-in code: on a confirmed place, to everyone who sees every
     * attendee (the attending member, events admins and admins), never to a regional network's client.
     */
    public boolean showsCheckInCode(Registration registration) {
        return this == EVERY_ATTENDEE && registration.status == RegistrationStatus.CONFIRMED;
    }

    /**
     * Whether this view shows the event's online joining link with the registration: on a confirmed place, to the
     * attending member and those who run events (as the check-in code), never to a regional network's client.
     */
    public boolean showsOnlineLink(Registration registration) {
        return showsCheckInCode(registration);
    }

    /** Whether this view shows the answers to the event's questions: whenever it shows who attends. */
    public boolean showsAnswers(Registration registration) {
        return identifies(registration);
    }
}
