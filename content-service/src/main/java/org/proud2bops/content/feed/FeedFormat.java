package org.proud2bops.content.feed;

/** The feed formats served, with their media type and ROME's name for them. */
public enum FeedFormat {
    RSS("application/rss+xml", "rss_2.0"),
    ATOM("application/atom+xml", "atom_1.0");

    private final String mediaType;
    private final String romeType;

    FeedFormat(String mediaType, String romeType) {
        this.mediaType = mediaType;
        this.romeType = romeType;
    }

    public String mediaType() {
        return mediaType;
    }

    String romeType() {
        return romeType;
    }
}
