package org.proud2bops.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

/**
 * A body that cannot be read is a {@code malformed-body} problem whose detail is written for the API's users, in the
 * terms of JSON and of the document (a field, a string, one of the names …), never in Java's or Jackson's (class
 * names, "Cannot deserialize", source locations); {@code field} names the value at fault.
 */
public class JsonBodyProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    /** Ahead of the framework's own mappers for the same exceptions. */
    private static final int FIRST = 1;

    private static final Logger LOG = Logger.getLogger(JsonBodyProblems.class);

    @ServerExceptionMapper(priority = FIRST)
    public Response unknownField(UnrecognizedPropertyException exception) {
        return problem(exception);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response wrongValue(InvalidFormatException exception) {
        return problem(exception);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response wrongShape(MismatchedInputException exception) {
        return problem(exception);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unreadableValue(JsonMappingException exception) {
        if (exception instanceof InvalidDefinitionException) {
            LOG.error("A request type cannot be bound from JSON", exception); // our mistake, not the client's
            return Problems.of(ProblemType.INTERNAL_ERROR, "The request could not be handled")
                    .toResponse();
        }
        return problem(exception);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response notJson(JsonProcessingException exception) {
        return problem(exception);
    }

    private static Response problem(JsonProcessingException exception) {
        Description description = describe(exception);
        return (description.field() == null
                        ? Problems.of(ProblemType.MALFORMED_BODY, description.detail())
                        : Problems.of(ProblemType.MALFORMED_BODY, description.detail(), description.field()))
                .toResponse();
    }

    /** A detail for the API's users, and the field at fault when there is one. */
    public record Description(String detail, String field) {}

    public static Description describe(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return new Description("'" + unknown.getPropertyName() + "' is not a field of this body", field(unknown));
        }
        if (exception instanceof InvalidFormatException wrongValue) {
            String field = field(wrongValue);
            return new Description(
                    subject(field) + " must be " + expected(wrongValue.getTargetType()) + "; '" + wrongValue.getValue()
                            + "' is not",
                    orNull(field));
        }
        if (exception instanceof MismatchedInputException wrongShape) {
            String field = field(wrongShape);
            return new Description(subject(field) + " must be " + expected(wrongShape.getTargetType()), orNull(field));
        }
        if (exception instanceof ValueInstantiationException unacceptable) {
            String field = field(unacceptable);
            return new Description(
                    field.isEmpty()
                            ? "The body's values do not fit together"
                            : "The value of '" + field + "' is not acceptable",
                    orNull(field));
        }
        if (exception instanceof JsonMappingException unreadable) {
            String field = field(unreadable);
            return new Description(
                    field.isEmpty()
                            ? "The body cannot be read as this operation's input"
                            : "The value of '" + field + "' cannot be read",
                    orNull(field));
        }
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(exception.getOriginalMessage()));
        if (duplicate.find()) {
            return new Description(
                    "The body names the field '" + duplicate.group(1) + "' more than once", duplicate.group(1));
        }
        var location = exception.getLocation();
        String where = location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return new Description("The body is not well-formed JSON" + where, null);
    }

    private static String orNull(String field) {
        return field.isEmpty() ? null : field;
    }

    private static String subject(String field) {
        return field.isEmpty() ? "The body" : "'" + field + "'";
    }

    /** What a value of the target type looks like in JSON, in the document's terms. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of another shape";
        }
        if (type.isEnum()) {
            return "one of the names "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "a string without control characters";
        }
        if (type == LocalDate.class) {
            return "a date string such as 2026-11-07";
        }
        if (type == LocalTime.class) {
            return "a time string such as 09:30";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date-time string such as 2026-11-07T09:00:00Z";
        }
        if (type == UUID.class) {
            return "a UUID string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class
                || type == short.class
                || type == Short.class) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "of another shape";
    }

    static String field(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference ->
                        reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
