package ph.brainbytes.backend.conversation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Citations are only ever read with their answer, so they live beside it as a JSON column. */
@Converter
class CitationsConverter implements AttributeConverter<List<Citation>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Citation>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<Citation> citations) {
        return citations == null ? null : JSON.writeValueAsString(citations);
    }

    @Override
    public List<Citation> convertToEntityAttribute(String column) {
        return column == null ? null : JSON.readValue(column, TYPE);
    }
}
