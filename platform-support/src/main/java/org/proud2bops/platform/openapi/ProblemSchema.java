package org.proud2bops.platform.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.proud2bops.platform.problem.ProblemType;

/** The one schema of every error body (RFC 9457), with the catalogue of problem types as its {@code type}. */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String REF = "#/components/schemas/" + NAME;
    static final String VIOLATION_NAME = "ProblemViolation";

    private ProblemSchema() {}

    static Schema problem() {
        Schema type = string("Identifies the rule that was broken; branch on it, never on the wording. "
                        + "Catalogue:\n\n" + catalogue())
                .format("uri");
        Arrays.stream(ProblemType.values())
                .forEach(problemType -> type.addEnumeration(problemType.uri().toString()));
        return OASFactory.createSchema()
                .type(List.of(SchemaType.OBJECT))
                .description("An error, as RFC 9457 problem details")
                .addProperty("type", type)
                .addProperty(
                        "title",
                        string("The type's short summary; the same for every problem of a type")
                                .examples(List.of("Not found")))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(List.of(SchemaType.INTEGER))
                                .format("int32")
                                .minimum(java.math.BigDecimal.valueOf(400))
                                .maximum(java.math.BigDecimal.valueOf(599))
                                .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong in this request, in plain language"))
                .addProperty(
                        "instance",
                        string("The path of the request that failed").format("uri-reference"))
                .addProperty("field", string("The parameter, header or body field at fault, when there is one"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .type(List.of(SchemaType.ARRAY))
                                .description("Each field that failed validation")
                                .items(OASFactory.createSchema().ref("#/components/schemas/" + VIOLATION_NAME)))
                .required(List.of("type", "title", "status"))
                .examples(List.of(java.util.Map.of(
                        "type",
                        ProblemType.NOT_FOUND.uri().toString(),
                        "title",
                        ProblemType.NOT_FOUND.title(),
                        "status",
                        404,
                        "detail",
                        "Member 0b8e5a7c-1f0e-4d8e-9a55-3c9d1f2b7a10 does not exist or is not visible to you",
                        "instance",
                        "/api/members/0b8e5a7c-1f0e-4d8e-9a55-3c9d1f2b7a10")));
    }

    static Schema violation() {
        return OASFactory.createSchema()
                .type(List.of(SchemaType.OBJECT))
                .description("One field that failed validation")
                .addProperty("field", string("The parameter or body field, as a path such as guest.email"))
                .addProperty("in", string("Where the field was: body, query, path or header"))
                .addProperty("message", string("What is wrong with it"))
                .required(List.of("field", "message"));
    }

    private static String catalogue() {
        return Arrays.stream(ProblemType.values())
                .map(type -> "- `" + type.uri() + "` (" + type.status() + "): " + type.meaning())
                .collect(Collectors.joining("\n"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING)).description(description);
    }
}
