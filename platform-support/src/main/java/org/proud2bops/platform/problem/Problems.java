package org.proud2bops.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;

/** The problems every service raises the same way, so clients see one vocabulary of errors. */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem notFound(String what, Object id) {
        return problem(Status.NOT_FOUND, "Not Found", what + " " + id + " does not exist or is not visible to you");
    }

    public static HttpProblem notFound(String detail) {
        return problem(Status.NOT_FOUND, "Not Found", detail);
    }

    public static HttpProblem badRequest(String detail, String field) {
        return HttpProblem.builder()
                .withStatus(Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(detail)
                .with("field", field)
                .build();
    }

    /** 413: a body, file or batch over a limit; {@code field} names the part that was too large. */
    public static HttpProblem tooLarge(String detail, String field) {
        return HttpProblem.builder().withStatus(413).withTitle("Content Too Large").withDetail(detail)
                .with("field", field).build();
    }

    /** 415: content of a kind this operation does not take; {@code field} names the part. */
    public static HttpProblem unsupportedMediaType(String detail, String field) {
        return HttpProblem.builder().withStatus(Status.UNSUPPORTED_MEDIA_TYPE).withTitle("Unsupported Media Type")
                .withDetail(detail).with("field", field).build();
    }

    public static HttpProblem forbidden(String detail) {
        return problem(Status.FORBIDDEN, "Forbidden", detail);
    }

    public static HttpProblem conflict(String detail) {
        return problem(Status.CONFLICT, "Conflict", detail);
    }

    public static HttpProblem unprocessable(String detail) {
        return problem(422, "Unprocessable Content", detail);
    }

    /** 422: well-formed content this operation still refuses; {@code field} names the part. */
    public static HttpProblem unprocessable(String detail, String field) {
        return HttpProblem.builder().withStatus(422).withTitle("Unprocessable Content").withDetail(detail)
                .with("field", field).build();
    }

    public static HttpProblem preconditionRequired() {
        return problem(428, "Precondition Required",
                "This update needs an If-Match header carrying the ETag of the version you read");
    }

    public static HttpProblem preconditionFailed() {
        return problem(Status.PRECONDITION_FAILED, "Precondition Failed",
                "The resource changed since you read it: fetch it again and reapply your change");
    }

    private static HttpProblem problem(Status status, String title, String detail) {
        return problem(status.getStatusCode(), title, detail);
    }

    private static HttpProblem problem(int status, String title, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(title).withDetail(detail).build();
    }
}
