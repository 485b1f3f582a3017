package org.proud2bops.members.member;

/** What a member wants to be sent; in an update, null leaves that choice as it is. */
public record CommunicationChoices(Boolean newsEmails, Boolean eventEmails, Boolean regionalNetworkEmails) {

    public static final CommunicationChoices NONE = new CommunicationChoices(null, null, null);

    void applyTo(CommunicationPreferences preferences) {
        if (newsEmails != null) {
            preferences.newsEmails = newsEmails;
        }
        if (eventEmails != null) {
            preferences.eventEmails = eventEmails;
        }
        if (regionalNetworkEmails != null) {
            preferences.regionalNetworkEmails = regionalNetworkEmails;
        }
    }
}
