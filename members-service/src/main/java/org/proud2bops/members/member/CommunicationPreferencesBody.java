package org.proud2bops.members.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommunicationPreferences", description = "What the member agreed to be sent; all off unless chosen")
public record CommunicationPreferencesBody(
        @Schema(description = "Newsletters and network news")
        Boolean newsEmails,

        @Schema(description = "Invitations to summits, webinars and other events")
        Boolean eventEmails,

        @Schema(description = "Messages from the member's regional network")
        Boolean regionalNetworkEmails) {

    static CommunicationPreferencesBody of(CommunicationPreferences preferences) {
        return new CommunicationPreferencesBody(
                preferences.newsEmails, preferences.eventEmails, preferences.regionalNetworkEmails);
    }

    public static CommunicationChoices choices(CommunicationPreferencesBody body) {
        return body == null
                ? null
                : new CommunicationChoices(body.newsEmails, body.eventEmails, body.regionalNetworkEmails);
    }
}
