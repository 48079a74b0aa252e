package ph.brainbytes.backend.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ph.brainbytes.backend.SteppingClock;

class LocalBackoffLimiterTest {

    private static final Backoff THREE_THEN_A_MINUTE =
            new Backoff(3, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(5));

    private final SteppingClock clock = new SteppingClock("2026-06-01T08:00:00Z");
    private final LocalBackoffLimiter limiter = new LocalBackoffLimiter(clock);

    @Test
    void thePauseStartsAtTheAllowedCountDoublesAndStopsAtTheMaximum() {
        fail("ana", 3);
        assertThat(limiter.waitFor("ana", THREE_THEN_A_MINUTE)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(45));
        assertThat(limiter.waitFor("ana", THREE_THEN_A_MINUTE)).contains(Duration.ofSeconds(15));

        fail("ana", 1);
        assertThat(limiter.waitFor("ana", THREE_THEN_A_MINUTE)).contains(Duration.ofMinutes(2));
        fail("ana", 1);
        assertThat(limiter.waitFor("ana", THREE_THEN_A_MINUTE)).contains(Duration.ofMinutes(4));
        fail("ana", 40);
        assertThat(limiter.waitFor("ana", THREE_THEN_A_MINUTE)).contains(Duration.ofMinutes(5));
    }

    @Test
    void aLongPauseIsRememberedPastTheWindowButForgottenOnceItIsOver() {
        Backoff shortWindowLongPause =
                new Backoff(1, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(40));
        limiter.failed("ben", shortWindowLongPause);
        clock.advance(Duration.ofMinutes(5));
        assertThat(limiter.waitFor("ben", shortWindowLongPause)).contains(Duration.ofMinutes(5));
        limiter.failed("ben", shortWindowLongPause);
        assertThat(limiter.waitFor("ben", shortWindowLongPause))
                .as("a failure inside the pause doubles it")
                .contains(Duration.ofMinutes(20));

        clock.advance(Duration.ofMinutes(20));
        limiter.failed("ben", shortWindowLongPause);
        assertThat(limiter.waitFor("ben", shortWindowLongPause))
                .as("counted again from one, not doubled to 40 minutes")
                .contains(Duration.ofMinutes(10));
    }

    @Test
    void keysAreIndependentAndClearingForgetsOne() {
        fail("cora", 3);
        fail("dan", 3);
        assertThat(limiter.waitFor("eve", THREE_THEN_A_MINUTE)).isEmpty();

        limiter.clear("cora");

        assertThat(limiter.waitFor("cora", THREE_THEN_A_MINUTE)).isEmpty();
        assertThat(limiter.waitFor("dan", THREE_THEN_A_MINUTE)).isPresent();
    }

    @Test
    void storedFailuresReadBackAndUnreadableOnesCountAsNone() {
        Failures failures = new Failures(4, Instant.parse("2026-11-26T01:02:03.456Z"));

        assertThat(Failures.parse(failures.stored())).isEqualTo(failures);
        assertThat(Failures.parse(null)).isNull();
        assertThat(Failures.parse("garbage")).isNull();
        assertThat(Failures.parse("x:y")).isNull();
    }

    @Test
    void aBackOffNeedsAllowedFailuresAWindowAndAPauseNoLongerThanItsMaximum() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Backoff(0, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Backoff(1, Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Backoff(1, Duration.ofMinutes(1), Duration.ZERO, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Backoff(1, Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }

    private void fail(String key, int times) {
        for (int i = 0; i < times; i++) {
            limiter.failed(key, THREE_THEN_A_MINUTE);
        }
    }
}
