package org.proud2bops.members.architecturefixture;

/** Stands for a members-service class; only ArchUnit reads it (ServiceArchitectureTest). */
public class MemberPass {}
