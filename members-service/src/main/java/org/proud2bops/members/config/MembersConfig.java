package org.proud2bops.members.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "members")
public interface MembersConfig {

    /** The privacy notice people accept when they apply; a new version is a new consent. */
    @WithDefault("2026-01")
    String privacyNoticeVersion();

    Imports imports();

    AdvisoryGroup advisoryGroup();

    AccountRemoval accountRemoval();

    interface Imports {
        /** The most rows one CSV import may carry. */
        @WithDefault("5000")
        int maxRows();
    }

    interface AdvisoryGroup {
        /** The largest CV or covering letter accepted, in bytes. */
        @WithDefault("4194304")
        long maxDocumentBytes();
    }

    /**
     * Erasure removes the person's account at the identity provider through its admin API, with a client-credentials
     * token of a client allowed only to manage users (the REST client {@code identity-provider-admin} and the OIDC
     * client of the same name are configured from these).
     */
    interface AccountRemoval {
        /** Off unless an identity provider's admin API is configured; the local run and the e2e tests turn it on. */
        @WithDefault("false")
        boolean enabled();

        /** The admin API's base; a user is deleted with {@code DELETE <admin-url>/users/<subject>}. */
        String adminUrl();

        /** The provider's issuer, under which the token endpoint is found. */
        String tokenIssuer();

        /** The token endpoint, relative to the issuer. */
        @WithDefault("protocol/openid-connect/token")
        String tokenPath();

        String clientId();

        String clientSecret();

        /** How often pending removals are tried, and the first wait after a failure. */
        @WithDefault("10s")
        Duration interval();

        /** The longest wait between two attempts at one removal while the provider keeps failing. */
        @WithDefault("1h")
        Duration longestWait();
    }
}
