package ph.brainbytes.backend.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Failures in this instance's memory: the embedded default, and the stand-in while Redis is away. Public so that a
 * feature's own tests can count failures without a Spring context.
 */
public final class LocalBackoffLimiter implements BackoffLimiter {

    private final Clock clock;

    /** Each entry is dropped once it no longer matters, so random keys cannot fill memory. */
    private final Cache<String, Remembered> failures = Caffeine.newBuilder()
            .expireAfter(Expiry.writing((String key, Remembered value) -> value.keep()))
            .build();

    public LocalBackoffLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Duration> waitFor(String key, Backoff backoff) {
        Remembered found = failures.getIfPresent(key);
        return backoff.waitFor(found == null ? null : found.failures(), clock.instant());
    }

    @Override
    public void failed(String key, Backoff backoff) {
        failures.asMap().compute(key, (name, found) -> {
            Failures next = backoff.afterFailure(found == null ? null : found.failures(), clock.instant());
            return new Remembered(next, backoff.remembered(next, clock.instant()));
        });
    }

    @Override
    public void clear(String key) {
        failures.invalidate(key);
    }

    private record Remembered(Failures failures, Duration keep) {}
}
