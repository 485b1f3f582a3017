package org.proud2bops.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * JSON binding that takes only what a value's schema says: a string is a JSON string (without control characters
 * other than tab and line breaks), an enum is one of its names, a date or time is a date string, a number is a JSON
 * number (a whole one where the field is whole), a boolean is {@code true} or {@code false}, and no key appears twice.
 * Jackson's defaults would coerce {@code 12345} into a name, {@code 0} into the first enum constant, a number into an
 * instant and {@code "true"} into a boolean, and keep the last of two duplicate keys.
 */
@Singleton
public class StrictJsonBinding implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType type :
                new LogicalType[] {LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime, LogicalType.Boolean}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
            }) {
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("strict-json-binding");
        module.addDeserializer(String.class, new PlainString());
        module.setDeserializerModifier(new DatesFromStringsOnly());
        mapper.registerModule(module);
    }

    /** Runs after Quarkus's own customizers (which register the java.time support this relies on). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** A JSON string, and nothing else, without control characters other than tab, carriage return and newline. */
    static final class PlainString extends StdScalarDeserializer<String> {

        private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

        PlainString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            if (CONTROL.matcher(text).find()) {
                throw context.weirdStringException(text, String.class, "holds a control character");
            }
            return text;
        }
    }

    /** Dates and times come from ISO-8601 strings only, never from numbers (epoch seconds or days). */
    static final class DatesFromStringsOnly extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return "java.time".equals(type.getPackageName()) ? new FromStringOnly(deserializer, type) : deserializer;
        }
    }

    static final class FromStringOnly extends DelegatingDeserializer {

        private final Class<?> type;

        FromStringOnly(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new FromStringOnly(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(type, parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
