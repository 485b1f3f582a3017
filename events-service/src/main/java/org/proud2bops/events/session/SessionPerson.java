package org.proud2bops.events.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.proud2bops.events.memberprofile.MemberProfile;

/** A chair, co-chair or speaker of a session: a member (whose profile this service holds) or a guest. */
@Embeddable
public class SessionPerson {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionRole role;

    @Column(name = "role_label")
    public String roleLabel;

    /** The member; null for a guest. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    public MemberProfile member;

    @Column(name = "guest_name")
    public String guestName;

    @Column(name = "guest_organisation")
    public String guestOrganisation;
}
