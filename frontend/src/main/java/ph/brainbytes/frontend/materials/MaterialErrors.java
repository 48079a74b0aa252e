package ph.brainbytes.frontend.materials;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ph.brainbytes.frontend.backend.BackendProblemException;

/**
 * The backend's refusal of a material as message keys: one per field and one for the top of the form.
 * The backend's English detail text is never shown.
 */
record MaterialErrors(String formKey, Map<String, String> fieldKeys) {

    private static final String INVALID = "materials.error.invalid";
    private static final String FILE = "file";
    private static final Set<String> FIELDS =
            Set.of("title", "summary", "subject", "grade", "competency", "language", "markdown", FILE);

    static MaterialErrors of(BackendProblemException problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        switch (problem.status()) {
            case 413 -> fields.put(FILE, "materials.invalid.file-too-large");
            case 415 -> fields.put(FILE, "materials.invalid.file-type");
            case 422 -> fields.put(FILE, "materials.invalid.file-unreadable");
            case 429 -> {
                return new MaterialErrors("error.too-many", fields);
            }
            default ->
                problem.fieldErrors().keySet().stream()
                        .filter(FIELDS::contains)
                        .forEach(field -> fields.put(field, "materials.invalid." + field));
        }
        return new MaterialErrors(INVALID, fields);
    }

    static MaterialErrors ofFields(Iterable<String> invalidFields) {
        Map<String, String> fields = new LinkedHashMap<>();
        invalidFields.forEach(field -> fields.put(field, "materials.invalid." + field));
        return new MaterialErrors(INVALID, fields);
    }

    static MaterialErrors fileTooLarge() {
        return new MaterialErrors(INVALID, Map.of(FILE, "materials.invalid.file-too-large"));
    }

    /** Used by the page to mark the field invalid and point to its message. */
    public boolean has(String field) {
        return fieldKeys.containsKey(field);
    }
}
