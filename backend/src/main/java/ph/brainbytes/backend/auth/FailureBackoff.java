package ph.brainbytes.backend.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key in memory. Once {@code allowed} failures fall within {@code window}, the key waits
 * {@code base} after its latest failure, twice as long after each further one, never more than {@code max}.
 */
final class FailureBackoff {

    /** Beyond this many tracked keys, forgotten ones are swept so random keys cannot fill memory. */
    private static final int SWEEP_ABOVE = 10_000;

    private static final int MAX_DOUBLINGS = 30;

    private final int allowed;
    private final Duration window;
    private final Duration base;
    private final Duration max;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    FailureBackoff(int allowed, Duration window, Duration base, Duration max, Clock clock) {
        this.allowed = allowed;
        this.window = window;
        this.base = base;
        this.max = max;
        this.clock = clock;
    }

    /** How long {@code key} must wait before trying again, or empty if it may try now. */
    Optional<Duration> waitFor(String key) {
        Failures found = failures.get(key);
        Instant now = clock.instant();
        if (found == null || found.count() < allowed) {
            return Optional.empty();
        }
        Instant until = found.last().plus(pause(found.count()));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, found) -> forgotten(found, now) ? new Failures(1, now) : found.next(now));
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(found -> forgotten(found, now));
        }
    }

    void clear(String key) {
        failures.remove(key);
    }

    /** The pause after the {@code count}-th failure: base, 2×base, 4×base … up to max. */
    Duration pause(int count) {
        int doublings = Math.min(MAX_DOUBLINGS, Math.max(0, count - allowed));
        Duration pause = base.multipliedBy(1L << doublings);
        return pause.compareTo(max) > 0 ? max : pause;
    }

    /** A key is forgotten once a whole window has passed since its last failure and its pause is over. */
    private boolean forgotten(Failures found, Instant now) {
        if (found == null) {
            return true;
        }
        Instant pauseEnd = found.count() >= allowed ? found.last().plus(pause(found.count())) : found.last();
        Instant windowEnd = found.last().plus(window);
        return !now.isBefore(pauseEnd.isAfter(windowEnd) ? pauseEnd : windowEnd);
    }

    private record Failures(int count, Instant last) {

        Failures next(Instant now) {
            return new Failures(count + 1, now);
        }
    }
}
