package org.proud2bops.content.memberprofile;

import java.util.UUID;

/** This service's copy of the members service's MemberErased payload. */
public record MemberErased(UUID memberId, long version) {}
