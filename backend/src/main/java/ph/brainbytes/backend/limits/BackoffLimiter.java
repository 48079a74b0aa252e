package ph.brainbytes.backend.limits;

import java.time.Duration;
import java.util.Optional;

/**
 * Failures counted per key under a {@link Backoff}, in the same store as the {@link RateLimiter} (shared through
 * Redis when configured, local otherwise). Callers choose the key, e.g. {@code "logins:account:<hash>"}.
 */
public interface BackoffLimiter {

    /** Empty when {@code key} may try now, otherwise how long it must wait. */
    Optional<Duration> waitFor(String key, Backoff backoff);

    void failed(String key, Backoff backoff);

    /** Forgets the key's failures, e.g. after a successful sign-in. */
    void clear(String key);
}
