package ph.brainbytes.frontend.materials;

import java.util.List;
import java.util.Locale;
import ph.brainbytes.frontend.i18n.Languages;

/** The fixed choices of the materials pages: the backend's subjects, grades 1–12 and college (13), the languages. */
final class Catalog {

    static final List<String> SUBJECTS = List.of("math", "science", "english", "filipino", "social-studies", "general");
    static final List<Integer> GRADES = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    static final List<String> LANGUAGES = List.of("en", "fil");

    private Catalog() {}

    /** Null-safe membership: {@code List.of(...).contains(null)} throws. */
    static boolean isOneOf(List<?> choices, Object value) {
        return value != null && choices.contains(value);
    }

    /** A grade from the form or the address, or null when it is none of the choices. */
    static Integer grade(String text) {
        try {
            Integer parsed = text == null ? null : Integer.valueOf(text.strip());
            return isOneOf(GRADES, parsed) ? parsed : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The backend's code for the page's language. */
    static String language(Locale locale) {
        return Languages.FILIPINO.equals(locale) ? "fil" : "en";
    }
}
