package org.proud2bops.content.memberprofile;

import java.util.UUID;

/** This service's copy of the members service's MemberAccountLinked payload: only the fields it reads. */
public record MemberAccountLinked(UUID memberId, String accountSubject) {}
