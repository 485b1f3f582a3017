package org.proud2bops.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The problems every service raises the same way, so clients see one vocabulary of errors. */
public final class Problems {

    private Problems() {}

    /** A problem of a catalogued type, with its status and title, and a detail for this occurrence. */
    public static HttpProblem of(ProblemType type, String detail) {
        return builder(type, detail).build();
    }

    /** As {@link #of(ProblemType, String)}, naming the parameter, header or body field at fault. */
    public static HttpProblem of(ProblemType type, String detail, String field) {
        return builder(type, detail).with("field", field).build();
    }

    public static HttpProblem notFound(String what, Object id) {
        return of(ProblemType.NOT_FOUND, what + " " + id + " does not exist or is not visible to you");
    }

    public static HttpProblem notFound(String detail) {
        return of(ProblemType.NOT_FOUND, detail);
    }

    public static HttpProblem badRequest(String detail, String field) {
        return of(ProblemType.VALIDATION_FAILED, detail, field);
    }

    /** 413: a body, file or batch over a limit; {@code field} names the part that was too large. */
    public static HttpProblem tooLarge(String detail, String field) {
        return of(ProblemType.CONTENT_TOO_LARGE, detail, field);
    }

    /** 415: content of a kind this operation does not take; {@code field} names the part. */
    public static HttpProblem unsupportedMediaType(String detail, String field) {
        return of(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail, field);
    }

    public static HttpProblem forbidden(String detail) {
        return of(ProblemType.FORBIDDEN, detail);
    }

    public static HttpProblem preconditionRequired() {
        return of(
                ProblemType.MISSING_PRECONDITION,
                "This update needs an If-Match header carrying the ETag of the version you read",
                "If-Match");
    }

    public static HttpProblem preconditionFailed() {
        return of(
                ProblemType.STALE_VERSION,
                "The resource changed since you read it: fetch it again and reapply your change",
                "If-Match");
    }

    private static HttpProblem.Builder builder(ProblemType type, String detail) {
        return HttpProblem.builder()
                .withType(type.uri())
                .withStatus(type.status())
                .withTitle(type.title())
                .withDetail(detail);
    }
}
