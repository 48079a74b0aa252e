package ph.brainbytes.frontend.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ph.brainbytes.frontend.backend.BackendProblemException;

/**
 * Turns the backend's refusal of a registration into message keys: one per invalid field, and one
 * for the top of the form. The backend's English detail text is never shown.
 */
record SignupErrors(String formKey, Map<String, String> fieldKeys) {

    private static final Set<String> FIELDS = Set.of(
            "email",
            "password",
            "displayName",
            "gradeLevel",
            "preferredLanguage",
            "birthYear",
            "consent",
            "guardianName",
            "guardianEmail",
            "inviteCode");

    static SignupErrors of(BackendProblemException problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (problem.status() == 409) {
            fields.put("email", "signup.invalid.email-taken");
            return new SignupErrors("signup.error.email-taken", fields);
        }
        if ("invalid-invite".equals(problem.slug())) {
            fields.put("inviteCode", "signup.invalid.inviteCode");
            return new SignupErrors("signup.error.invalid", fields);
        }
        if (problem.status() == 429) {
            return new SignupErrors("error.too-many", fields);
        }
        problem.fieldErrors().keySet().stream()
                .map(SignupErrors::formField)
                .filter(FIELDS::contains)
                .forEach(field -> fields.put(field, "signup.invalid." + field));
        return new SignupErrors("signup.error.invalid", fields);
    }

    /** The backend names the nested consent fields by path ({@code consent.guardianName}); the page does not. */
    private static String formField(String backendField) {
        if (backendField.startsWith("consent.")) {
            String nested = backendField.substring("consent.".length());
            return "accepted".equals(nested) ? "consent" : nested;
        }
        return backendField;
    }

    /** Used by the page to mark the field invalid and point to its message. */
    public boolean has(String field) {
        return fieldKeys.containsKey(field);
    }

    static SignupErrors ofFields(Iterable<String> invalidFields) {
        Map<String, String> fields = new LinkedHashMap<>();
        invalidFields.forEach(field -> fields.put(field, "signup.invalid." + field));
        return new SignupErrors("signup.error.invalid", fields);
    }
}
