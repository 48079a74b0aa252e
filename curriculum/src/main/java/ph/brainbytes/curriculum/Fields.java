package ph.brainbytes.curriculum;

import java.util.List;
import java.util.Map;

/** Typed reads from a parsed YAML map, with errors that name the file being read. */
final class Fields {

    private final String source;
    private final Map<?, ?> values;

    Fields(String source, Object yaml) {
        if (!(yaml instanceof Map<?, ?> map)) {
            throw new CurriculumException(source + ": expected a mapping");
        }
        this.source = source;
        this.values = map;
    }

    String text(String name) {
        Object value = values.get(name);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new CurriculumException(source + ": missing " + name);
        }
        return String.valueOf(value).trim();
    }

    int number(String name) {
        try {
            return Integer.parseInt(text(name));
        } catch (NumberFormatException e) {
            throw new CurriculumException(source + ": " + name + " must be a whole number", e);
        }
    }

    LocalizedText localized(String name) {
        return new Fields(source + "." + name, required(name)).localizedPair();
    }

    /** This mapping itself as an {@code {en, fil}} pair. */
    LocalizedText localizedPair() {
        return new LocalizedText(text("en"), text("fil"));
    }

    List<?> list(String name) {
        if (values.get(name) == null) {
            return List.of();
        }
        if (!(values.get(name) instanceof List<?> list)) {
            throw new CurriculumException(source + ": " + name + " must be a list");
        }
        return list;
    }

    private Object required(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new CurriculumException(source + ": missing " + name);
        }
        return value;
    }
}
