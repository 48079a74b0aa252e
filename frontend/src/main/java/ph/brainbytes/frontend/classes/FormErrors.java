package ph.brainbytes.frontend.classes;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ph.brainbytes.frontend.backend.BackendProblemException;

/**
 * A refused form as message keys: one for the top of the form and one per invalid field, named
 * {@code <prefix>.<field>}. The backend's English detail text is never shown.
 */
record FormErrors(String formKey, Map<String, String> fieldKeys) {

    /** Fields the backend may name that the form does not show get the form message only. */
    static FormErrors of(BackendProblemException problem, String prefix, Set<String> formFields) {
        return ofFields(
                problem.fieldErrors().keySet().stream()
                        .filter(formFields::contains)
                        .toList(),
                prefix);
    }

    static FormErrors ofFields(Collection<String> fields, String prefix) {
        Map<String, String> keys = new LinkedHashMap<>();
        fields.forEach(field -> keys.put(field, prefix + "." + field));
        return new FormErrors(prefix + ".form", keys);
    }

    /** Used by the page to mark a field invalid and point to its message. */
    public boolean has(String field) {
        return fieldKeys.containsKey(field);
    }
}
