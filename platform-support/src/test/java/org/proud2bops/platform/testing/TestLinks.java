package org.proud2bops.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

/** Links in test responses start from the test profile's public base URL; tests follow them by their path. */
public final class TestLinks {

    /** The {@code platform.public-base-url} every service's test profile configures. */
    public static final String TEST_BASE_URL = "https://api.proud2bops.test";

    private TestLinks() {}

    /** The path of a public link, after checking the link starts from the configured base URL. */
    public static String pathOf(String link) {
        assertThat(link).startsWith(TEST_BASE_URL + "/");
        return URI.create(link).getRawPath();
    }
}
