package ph.brainbytes.backend.limits;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Named buckets of permits, shared by every instance when Redis is configured and local otherwise. Callers choose the
 * key (e.g. {@code "questions:<user>"}) and the rates that apply; a permit is taken only when every rate allows it.
 */
public interface RateLimiter {

    /** Takes one permit; empty when allowed, otherwise how long until a permit is free again. */
    Optional<Duration> tryTake(String key, List<Rate> rates);
}
