package org.proud2bops.platform.http;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A path or query parameter that cannot be read is the client's mistake, so it gets a 400 naming the parameter and
 * what it accepts (JAX-RS on its own answers 404 for that): a malformed id in a path is not a missing resource.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Optional<String> name = parameterName(annotations);
        if (name.isEmpty()) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            String allowed =
                    Arrays.stream(enumType.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(
                    name.get(),
                    "one of " + allowed,
                    value -> Enum.valueOf(enumType, value.trim().toUpperCase()));
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>)
                    converter(name.get(), "an ISO-8601 instant such as 2026-11-07T09:00:00Z", Instant::parse);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name.get(), "an ISO-8601 date such as 2026-11-07", LocalDate::parse);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name.get(), "a UUID", UUID::fromString);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name.get(), "a whole number", Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name.get(), "a whole number", Long::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name.get(), "true or false", ParameterConverters::strictBoolean);
        }
        return null;
    }

    private static Boolean strictBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static Optional<String> parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return Optional.of(query.value());
            }
            if (annotation instanceof PathParam path) {
                return Optional.of(path.value());
            }
        }
        return Optional.empty();
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, "Parameter '" + name + "' must be " + expected);
                }
            }

            @Override
            public String toString(T value) {
                return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
            }
        };
    }
}
