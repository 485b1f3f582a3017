package org.proud2bops.events.event;

public enum EventKind {
    SUMMIT,
    CONFERENCE,
    ONLINE_SESSION,
    WEBINAR,
    TWEET_CHAT,
    REGIONAL_MEETING,
    COURSE
}
