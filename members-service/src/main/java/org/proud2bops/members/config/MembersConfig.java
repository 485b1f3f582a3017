package org.proud2bops.members.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "members")
public interface MembersConfig {

    /** The privacy notice people accept when they apply; a new version is a new consent. */
    @WithDefault("2026-01")
    String privacyNoticeVersion();

    Imports imports();

    AdvisoryGroup advisoryGroup();

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
}
