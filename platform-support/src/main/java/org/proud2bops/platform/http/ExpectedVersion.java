package org.proud2bops.platform.http;

import org.proud2bops.platform.problem.Problems;

/**
 * The version an update is based on, as its {@code If-Match} named it: one strong ETag of this resource, or
 * {@code *}, which RFC 9110 lets match any current version.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion ANY = new ExpectedVersion(-1);

    private final long version;

    private ExpectedVersion(long version) {
        this.version = version;
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(version);
    }

    public static ExpectedVersion any() {
        return ANY;
    }

    /** Whether the resource at {@code current} is the one the client read; 412 otherwise is the caller's part. */
    public boolean matches(long current) {
        return this == ANY || version == current;
    }

    /** Throws the 412 problem unless the resource at {@code current} is the one the client read. */
    public void requireMatch(long current) {
        if (!matches(current)) {
            throw Problems.preconditionFailed();
        }
    }
}
