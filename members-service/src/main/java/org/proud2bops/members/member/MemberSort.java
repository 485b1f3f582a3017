package org.proud2bops.members.member;

/** Orders of a member listing; each ends with the id so pages never overlap. */
public enum MemberSort {
    /** Family name, then given name. */
    NAME,
    /** Most recently joined first. */
    JOINED,
    /** Best text match first (with a text filter), then by name. */
    RELEVANCE
}
