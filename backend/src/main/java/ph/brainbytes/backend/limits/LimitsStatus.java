package ph.brainbytes.backend.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the shared store is in use, for the health endpoint and the metrics. The service stays UP while Redis is
 * away: limits still hold, per instance, and the detail and {@code brainbytes_limits_redis_available} say so.
 */
final class LimitsStatus implements HealthIndicator {

    private final boolean redisConfigured;
    private final Clock clock;
    private final Counter fallbacks;
    private volatile boolean redisAvailable;
    private volatile Instant lastFailure = Instant.MIN;

    LimitsStatus(boolean redisConfigured, MeterRegistry registry, Clock clock) {
        this.redisConfigured = redisConfigured;
        this.redisAvailable = redisConfigured;
        this.clock = clock;
        this.fallbacks = Counter.builder("brainbytes.limits.fallbacks")
                .description("Limit checks answered from local memory because Redis could not be reached")
                .register(registry);
        Gauge.builder("brainbytes.limits.redis.available", this, status -> status.redisAvailable ? 1 : 0)
                .description("1 while limits are shared through Redis, 0 while they are local")
                .register(registry);
    }

    /** While Redis is known to be away, it is only tried again once per {@code retryInterval}. */
    boolean redisWorthTrying(Duration retryInterval) {
        return redisAvailable || !clock.instant().isBefore(lastFailure.plus(retryInterval));
    }

    void redisAnswered() {
        redisAvailable = true;
    }

    /** Returns true when this failure ends a period of availability, so the outage is logged once. */
    boolean redisFailed() {
        lastFailure = clock.instant();
        boolean wasAvailable = redisAvailable;
        redisAvailable = false;
        return wasAvailable;
    }

    void servedLocally() {
        if (redisConfigured) {
            fallbacks.increment();
        }
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("store", !redisConfigured ? "memory" : redisAvailable ? "redis" : "memory-fallback");
        details.put("redisConfigured", redisConfigured);
        details.put("redisAvailable", redisConfigured && redisAvailable);
        details.put("fallbacks", (long) fallbacks.count());
        return Health.up().withDetails(details).build();
    }
}
