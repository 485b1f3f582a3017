package org.proud2bops.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Jackson's messages name Java types ("value of type `java.time.Instant`"); clients must never see class names,
 * so a fully qualified name is cut to its simple name and source locations are dropped.
 */
@ApplicationScoped
public class JsonDetailSanitizer implements ProblemPostProcessor {

    private static final Pattern QUALIFIED_TYPE = Pattern.compile("`(?:[a-z_$][\\w$]*\\.)+([\\w$]+)`");
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\s*at \\[Source:.*", Pattern.DOTALL);

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        String detail = problem.getDetail();
        if (detail == null) {
            return problem;
        }
        String cleaned = SOURCE_LOCATION.matcher(QUALIFIED_TYPE.matcher(detail).replaceAll("`$1`")).replaceAll("");
        return cleaned.equals(detail) ? problem : HttpProblem.builder(problem).withDetail(cleaned).build();
    }

    @Override
    public int priority() {
        return 50;
    }
}
