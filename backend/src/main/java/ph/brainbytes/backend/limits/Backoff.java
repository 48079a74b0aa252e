package ph.brainbytes.backend.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Once {@code allowed} failures fall within {@code window}, a key waits {@code pause} after its latest failure, twice
 * as long after each further one, never more than {@code maxPause}. The arithmetic alone; the counts live in a
 * {@link BackoffLimiter}.
 */
public record Backoff(int allowed, Duration window, Duration pause, Duration maxPause) {

    private static final int MAX_DOUBLINGS = 30;

    public Backoff {
        if (allowed < 1 || !positive(window) || !positive(pause) || maxPause.compareTo(pause) < 0) {
            throw new IllegalArgumentException("a back-off needs allowed failures, a window and a pause up to its max");
        }
    }

    /** How long to wait after {@code failures}, or empty when the key may try now. */
    Optional<Duration> waitFor(Failures failures, Instant now) {
        if (failures == null || failures.count() < allowed) {
            return Optional.empty();
        }
        Instant until = failures.last().plus(pauseAfter(failures.count()));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** The failures once one more happens at {@code now}; a forgotten history starts again at one. */
    Failures afterFailure(Failures failures, Instant now) {
        return failures == null || !now.isBefore(forgottenAt(failures))
                ? new Failures(1, now)
                : new Failures(failures.count() + 1, now);
    }

    /** How long {@code failures} still matter after {@code now}: until a whole window has passed and no pause is left. */
    Duration remembered(Failures failures, Instant now) {
        Duration left = Duration.between(now, forgottenAt(failures));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The pause after the {@code count}-th failure: pause, 2×pause, 4×pause … up to maxPause. */
    Duration pauseAfter(int count) {
        int doublings = Math.min(MAX_DOUBLINGS, Math.max(0, count - allowed));
        Duration doubled = pause.multipliedBy(1L << doublings);
        return doubled.compareTo(maxPause) > 0 ? maxPause : doubled;
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private Instant forgottenAt(Failures failures) {
        Instant windowEnd = failures.last().plus(window);
        if (failures.count() < allowed) {
            return windowEnd;
        }
        Instant pauseEnd = failures.last().plus(pauseAfter(failures.count()));
        return pauseEnd.isAfter(windowEnd) ? pauseEnd : windowEnd;
    }
}
