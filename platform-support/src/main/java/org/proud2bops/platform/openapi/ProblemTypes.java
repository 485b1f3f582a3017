package org.proud2bops.platform.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.Operation;
import org.proud2bops.platform.problem.ProblemType;

/**
 * The problem types an operation raises beyond the conventions every operation shares, named on the resource
 * method with {@code @Extension(name = ProblemTypes.EXTENSION, value = "event-full, already-registered")}. They
 * become documented responses (grouped by status, each type named in the description); an unknown name fails the
 * build, so the document cannot promise a type the catalogue does not have.
 */
public final class ProblemTypes {

    public static final String EXTENSION = "x-problem-types";

    private ProblemTypes() {}

    /** Status to description, for the types the operation names; the extension itself is taken out. */
    static Map<String, String> takeDeclared(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(EXTENSION)) {
            return Map.of();
        }
        Object names = operation.getExtensions().get(EXTENSION);
        operation.removeExtension(EXTENSION);
        Map<String, List<ProblemType>> byStatus = Arrays.stream(names.toString().split("[,\\s]+"))
                .filter(name -> !name.isBlank())
                .map(ProblemTypes::named)
                .collect(Collectors.groupingBy(
                        type -> Integer.toString(type.status()), LinkedHashMap::new, Collectors.toList()));
        Map<String, String> responses = new LinkedHashMap<>();
        byStatus.forEach((status, types) -> responses.put(
                status,
                types.stream()
                        .map(type -> "`" + type.uri() + "`: " + type.meaning())
                        .collect(Collectors.joining("; "))));
        return responses;
    }

    private static ProblemType named(String slug) {
        return Arrays.stream(ProblemType.values())
                .filter(type -> type.uri().toString().endsWith(":" + slug))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No problem type is called '" + slug + "'"));
    }
}
