package org.proud2bops.members.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a member agreed to be sent; everything is off until they opt in. */
@Embeddable
public class CommunicationPreferences {

    @Column(name = "news_emails", nullable = false)
    public boolean newsEmails;

    @Column(name = "event_emails", nullable = false)
    public boolean eventEmails;

    @Column(name = "regional_network_emails", nullable = false)
    public boolean regionalNetworkEmails;
}
