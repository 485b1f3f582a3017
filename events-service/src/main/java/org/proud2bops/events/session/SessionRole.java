package org.proud2bops.events.session;

/** What a person does at a session; a free-text label (e.g. "lived-experience co-chair") may say more. */
public enum SessionRole {
    CHAIR,
    CO_CHAIR,
    SPEAKER
}
