package ph.brainbytes.backend.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import ph.brainbytes.backend.SteppingClock;

class LimitsStatusTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SteppingClock clock = new SteppingClock("2026-11-26T01:00:00Z");

    @Test
    void anOutageIsReportedCountedAndRetriedOnlyAfterTheInterval() {
        LimitsStatus status = new LimitsStatus(true, registry, clock);
        assertThat(gauge()).isEqualTo(1.0);

        assertThat(status.redisFailed()).as("first failure of an outage").isTrue();
        assertThat(status.redisFailed()).isFalse();
        status.servedLocally();
        assertThat(gauge()).isZero();
        assertThat(registry.get("brainbytes.limits.fallbacks").counter().count())
                .isEqualTo(1.0);
        assertThat(status.health().getDetails()).containsEntry("store", "memory-fallback");
        assertThat(status.redisWorthTrying(Duration.ofSeconds(2))).isFalse();

        clock.advance(Duration.ofSeconds(2));
        assertThat(status.redisWorthTrying(Duration.ofSeconds(2))).isTrue();
        status.redisAnswered();
        assertThat(gauge()).isEqualTo(1.0);
        assertThat(status.health().getDetails()).containsEntry("store", "redis");
    }

    @Test
    void withoutRedisLimitsAreSimplyLocalAndNoFallbackIsCounted() {
        LimitsStatus status = new LimitsStatus(false, registry, clock);
        status.servedLocally();
        assertThat(registry.get("brainbytes.limits.fallbacks").counter().count())
                .isZero();
        assertThat(status.health().getDetails()).containsEntry("store", "memory");
        assertThat(gauge()).isZero();
    }

    private double gauge() {
        return registry.get("brainbytes.limits.redis.available").gauge().value();
    }
}
