package ph.brainbytes.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.common.problem.TooManyRequestsException;

class RegistrationThrottleTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void theTwentyFirstSignUpFromOneAddressWithinTheHourIsRefusedUntilTheHourEnds() {
        RegistrationThrottle early = new RegistrationThrottle(limits(), Clock.fixed(NOW, ZoneOffset.UTC), texts());
        for (int i = 0; i < 20; i++) {
            early.acquire("203.0.113.5");
        }

        assertThatThrownBy(() -> early.acquire("203.0.113.5"))
                .isInstanceOfSatisfying(
                        TooManyRequestsException.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(1)));
        early.acquire("203.0.113.6"); // another address is not affected
    }

    @Test
    void aNewWindowStartsAfterTheOldOneEnds() {
        MovableClock clock = new MovableClock();
        RegistrationThrottle throttle = new RegistrationThrottle(limits(), clock, texts());
        for (int i = 0; i < 20; i++) {
            throttle.acquire("203.0.113.5");
        }
        clock.now = NOW.plus(Duration.ofMinutes(59));
        assertThatThrownBy(() -> throttle.acquire("203.0.113.5"))
                .isInstanceOfSatisfying(
                        TooManyRequestsException.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1)));

        clock.now = NOW.plus(Duration.ofHours(1));
        throttle.acquire("203.0.113.5");
    }

    private static LoginLimits limits() {
        return new LoginLimits(
                5, Duration.ofMinutes(15), 50, Duration.ofMinutes(1), Duration.ofMinutes(15), 20, Duration.ofHours(1));
    }

    private static Texts texts() {
        return mock(Texts.class);
    }

    private static final class MovableClock extends Clock {
        Instant now = NOW;

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
}
