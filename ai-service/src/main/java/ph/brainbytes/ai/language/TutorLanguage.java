package ph.brainbytes.ai.language;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The language a question was written in, and so the language of its answer. */
public enum TutorLanguage {
    EN("en", Locale.ENGLISH),
    FIL("fil", Locale.forLanguageTag("fil")),
    // A variant of Filipino: phrases not written in Taglish fall back to the Filipino ones.
    TAGLISH("taglish", new Locale("fil", "PH", "taglish"));

    private final String code;
    private final Locale locale;

    TutorLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a learner's preferred-language code, English when unknown. */
    public static TutorLanguage fromPreference(String code) {
        return "fil".equals(code) ? FIL : EN;
    }
}
