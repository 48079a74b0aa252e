package ph.brainbytes.frontend.chat;

import java.util.UUID;

/**
 * The ask form. Each rendering carries a fresh idempotency key, so submitting the same rendering
 * twice (double tap, retry on a flaky connection) stores the question only once.
 */
record AskForm(String question, String mode, String idempotencyKey) {

    static final int MAX_LENGTH = 4000;

    /** No mode chosen yet: the backend applies the class's or the learner's own setting. */
    static AskForm fresh() {
        return new AskForm("", null, UUID.randomUUID().toString());
    }

    /** The form as shown again after a failure: same text, same key. */
    AskForm retained() {
        return new AskForm(question, normalizedMode(), keyOrNew());
    }

    String normalizedMode() {
        return normalMode(mode);
    }

    /** A missing or malformed key (an old page, a hand-made request) gets a new one rather than an error. */
    String keyOrNew() {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        try {
            return UUID.fromString(idempotencyKey).toString();
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID().toString();
        }
    }

    boolean isBlank() {
        return question == null || question.isBlank();
    }

    boolean isTooLong() {
        return question != null && question.length() > MAX_LENGTH;
    }

    /** {@code direct} or {@code socratic} when the learner chose one for this question, otherwise null. */
    private static String normalMode(String mode) {
        return "socratic".equals(mode) || "direct".equals(mode) ? mode : null;
    }
}
