package ph.brainbytes.backend.materials;

import java.util.Locale;

/** What a reader asked for; null means any. Every filter works alone and with the others. */
record MaterialFilter(String subject, Integer grade, String competency, String query) {

    /** Lower-case, for the case-insensitive comparison both sources make. */
    String competencyKey() {
        return competency == null || competency.isBlank()
                ? null
                : competency.strip().toLowerCase(Locale.ROOT);
    }

    /** Lower-case text to find; null when there is none. */
    String queryKey() {
        return query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
    }

    /** The query as a LIKE pattern, its own %, _ and \ taken literally. */
    String likePattern() {
        String key = queryKey();
        if (key == null) {
            return "%";
        }
        return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
