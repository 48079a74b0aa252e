package ph.brainbytes.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final SteppingClock clock = new SteppingClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginLimits(5, WINDOW), clock);

    @Test
    void theSixthTryWithinTheWindowMustWaitUntilTheWindowEnds() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana@example.ph");
        }
        assertThat(throttle.waitFor("ana@example.ph")).isEmpty();

        throttle.failed("ana@example.ph");
        clock.advance(Duration.ofMinutes(5));

        assertThat(throttle.waitFor("ana@example.ph")).contains(Duration.ofMinutes(10));
        assertThat(throttle.waitFor("ben@example.ph"))
                .as("other accounts are not affected")
                .isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.waitFor("ana@example.ph")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana@example.ph");
        }
        throttle.succeeded("ana@example.ph");
        throttle.failed("ana@example.ph");

        assertThat(throttle.waitFor("ana@example.ph")).isEmpty();
    }

    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-06-01T08:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
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
}
