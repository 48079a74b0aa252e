package ph.brainbytes.backend.user;

/**
 * Names people type: no control characters (PostgreSQL refuses NUL), no unpaired surrogates (stored as "?") and no
 * bidirectional overrides (spoofing).
 */
public final class PlainText {

    /** At least one visible character and none of the refused ones; emoji and combining marks are welcome. */
    public static final String PATTERN = "[^\\p{Cc}\\p{Cs}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*"
            + "[^\\p{Cc}\\p{Cs}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\s]"
            + "[^\\p{Cc}\\p{Cs}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*";

    private PlainText() {}
}
