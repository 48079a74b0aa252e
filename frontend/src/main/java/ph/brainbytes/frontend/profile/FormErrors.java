package ph.brainbytes.frontend.profile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Message keys for the invalid fields of the profile form, and one for the top of the form. */
record FormErrors(String formKey, Map<String, String> fieldKeys) {

    static FormErrors ofFields(Collection<String> fields) {
        Map<String, String> keys = new LinkedHashMap<>();
        fields.forEach(field -> keys.put(field, "profile.invalid." + field));
        return new FormErrors("profile.error.invalid", keys);
    }

    /** Used by the page to mark the field invalid and point to its message. */
    public boolean has(String field) {
        return fieldKeys.containsKey(field);
    }
}
