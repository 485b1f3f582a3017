package org.proud2bops.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson's messages name Java types ("Failed to deserialize java.time.Instant: (java.time.format...Exception)");
 * clients must never see class names, so qualified names become simple ones, exception names and source locations
 * go, and the JSON field at fault is named in {@code field}.
 */
@ApplicationScoped
public class JsonDetailSanitizer implements ProblemPostProcessor {

    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\s*\\(\\w*(?:Exception|Error)\\)");
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\s*at \\[Source:.*", Pattern.DOTALL);

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (!(context.cause instanceof JsonMappingException mapping) || problem.getDetail() == null) {
            return problem;
        }
        String detail = SOURCE_LOCATION.matcher(problem.getDetail()).replaceAll("");
        detail = QUALIFIED_NAME.matcher(detail).replaceAll("$1");
        detail = EXCEPTION_NAME.matcher(detail).replaceAll("");
        HttpProblem.Builder builder = HttpProblem.builder(problem).withDetail(detail);
        String field = fieldPath(mapping);
        if (!field.isEmpty() && !problem.getParameters().containsKey("field")) {
            builder.with("field", field);
        }
        return builder.build();
    }

    private static String fieldPath(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    @Override
    public int priority() {
        return 50;
    }
}
