package org.proud2bops.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The framework reports JSON that is not well-formed (or names a key twice) as a bare "400 Bad Request" wrapping
 * the parser's exception; this gives that problem the same plain detail and {@code field} as {@link JsonBodyProblems}.
 */
@ApplicationScoped
public class WrappedJsonProblems implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 400) {
            return problem;
        }
        for (Throwable cause = context.cause; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                JsonBodyProblems.Description description = JsonBodyProblems.describe(json);
                HttpProblem.Builder builder = HttpProblem.builder(problem).withDetail(description.detail());
                if (description.field() != null) {
                    builder.with("field", description.field());
                }
                return builder.build();
            }
        }
        return problem;
    }

    /** Before the problem gets its catalogued type. */
    @Override
    public int priority() {
        return 50;
    }
}
