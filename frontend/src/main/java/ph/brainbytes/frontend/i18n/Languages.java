package ph.brainbytes.frontend.i18n;

import java.util.Locale;

/** The two UI languages: English (the default) and Filipino. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FILIPINO = Locale.forLanguageTag("fil");

    /** The cookie that remembers the language the user picked. */
    public static final String COOKIE = "lang";

    private Languages() {}

    /** The UI locale for a language code such as a user's {@code preferredLanguage}; unknown codes give English. */
    public static Locale toLocale(String code) {
        return code != null && code.trim().toLowerCase(Locale.ROOT).startsWith("fil") ? FILIPINO : ENGLISH;
    }
}
