package org.proud2bops.content.memberprofile;

import java.util.UUID;

/** This service's copy of the members service's MemberStatusChanged payload: only the fields it reads. */
public record MemberStatusChanged(UUID memberId, MemberStatus toStatus, long version) {}
