package org.proud2bops.content.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/**
 * The JSON columns of items and revisions (guest authors, links, changed fields, snapshots), written and read with a
 * mapper of their own: the columns' format is the database's, not the API's.
 */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonColumns() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a JSON column", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a JSON column", e);
        }
    }

    public abstract static class Converter<T> implements AttributeConverter<T, String> {

        private final TypeReference<T> type;

        Converter(TypeReference<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            return write(value);
        }

        @Override
        public T convertToEntityAttribute(String json) {
            return json == null ? null : read(json, type);
        }
    }

    public static final class Authors extends Converter<List<GuestAuthor>> {
        public Authors() {
            super(new TypeReference<>() {});
        }
    }

    public static final class Links extends Converter<List<ExternalLink>> {
        public Links() {
            super(new TypeReference<>() {});
        }
    }

    public static final class Names extends Converter<List<String>> {
        public Names() {
            super(new TypeReference<>() {});
        }
    }

    public static final class Snapshots extends Converter<ItemSnapshot> {
        public Snapshots() {
            super(new TypeReference<>() {});
        }
    }
}
