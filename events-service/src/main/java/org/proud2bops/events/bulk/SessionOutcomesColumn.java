package org.proud2bops.events.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * A batch row's session outcomes as JSON text in its column, written by a plain mapper of this converter's own (not
 * the REST layer's, whose settings are for the API), so what is stored does not change with them.
 */
@Converter
class SessionOutcomesColumn implements AttributeConverter<List<BatchReport.SessionOutcome>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(List<BatchReport.SessionOutcome> outcomes) {
        try {
            return outcomes == null ? null : JSON.writeValueAsString(outcomes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<BatchReport.SessionOutcome> convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
