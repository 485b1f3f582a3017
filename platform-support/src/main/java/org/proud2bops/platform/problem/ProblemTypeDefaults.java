package org.proud2bops.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;

/**
 * Gives every problem a catalogued {@code type} and that type's title: problems raised by the framework (a
 * malformed body, an unknown method, a failed bean validation) carry none of their own.
 */
@ApplicationScoped
public class ProblemTypeDefaults implements ProblemPostProcessor {

    private static final URI BLANK = URI.create("about:blank");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null && !BLANK.equals(problem.getType())) {
            return problem;
        }
        Optional<ProblemType> type = problem.getStatusCode() == 400 && isJsonError(context.cause)
                ? Optional.of(ProblemType.MALFORMED_BODY)
                : ProblemType.generalFor(problem.getStatusCode());
        return type.map(found -> HttpProblem.builder(problem)
                        .withType(found.uri())
                        .withTitle(found.title())
                        .build())
                .orElse(problem);
    }

    private static boolean isJsonError(Throwable cause) {
        for (Throwable current = cause; current != null; current = current.getCause()) {
            if (current instanceof JsonProcessingException) {
                return true;
            }
        }
        return false;
    }

    /** After the detail is cleaned, before the problem is logged. */
    @Override
    public int priority() {
        return 40;
    }
}
