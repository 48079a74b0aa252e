package ph.brainbytes.curriculum;

import java.util.Objects;

/** The same text in English and in Filipino; every learner-facing string in the curriculum has both. */
public record LocalizedText(String en, String fil) {

    public LocalizedText {
        requireText(en, "en");
        requireText(fil, "fil");
    }

    /**
     * The text for a language code. {@code fil} and {@code taglish} readers get Filipino, since the
     * Filipino text already keeps the English technical terms a Taglish speaker uses.
     */
    public String in(String language) {
        return "fil".equals(language) || "taglish".equals(language) ? fil : en;
    }

    private static void requireText(String value, String language) {
        Objects.requireNonNull(value, () -> "missing " + language + " text");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank " + language + " text");
        }
    }
}
