package ph.brainbytes.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    /** A clock the test moves forward by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(60), clock);

    @Test
    void opensAfterTheThresholdAndClosesAfterThePause() {
        breaker.failed();
        assertThat(breaker.allowsCall()).isTrue();
        breaker.failed();
        assertThat(breaker.allowsCall()).isFalse();

        clock.advance(Duration.ofSeconds(59));
        assertThat(breaker.allowsCall()).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(breaker.allowsCall()).isTrue();
    }

    @Test
    void aSuccessResetsTheCount() {
        breaker.failed();
        breaker.succeeded();
        breaker.failed();

        assertThat(breaker.allowsCall()).isTrue();
    }
}
