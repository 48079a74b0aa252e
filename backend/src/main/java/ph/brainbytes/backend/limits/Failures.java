package ph.brainbytes.backend.limits;

import java.time.Instant;

/** How many failures a key has had in a row, and when the latest was; stored as {@code count:epochMillis}. */
record Failures(int count, Instant last) {

    String stored() {
        return count + ":" + last.toEpochMilli();
    }

    /** Null for a missing or unreadable value, which then counts as no failures. */
    static Failures parse(String stored) {
        int colon = stored == null ? -1 : stored.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new Failures(
                    Integer.parseInt(stored.substring(0, colon)),
                    Instant.ofEpochMilli(Long.parseLong(stored.substring(colon + 1))));
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
