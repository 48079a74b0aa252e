package ph.brainbytes.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import ph.brainbytes.backend.SteppingClock;
import ph.brainbytes.backend.limits.LocalBackoffLimiter;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String HOME = "192.0.2.10";
    private static final String SCHOOL = "198.51.100.7";

    private final SteppingClock clock = new SteppingClock("2026-06-01T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginLimits(5, WINDOW, 8, Duration.ofMinutes(1), Duration.ofMinutes(15), 20, Duration.ofHours(1)),
            new LocalBackoffLimiter(clock));

    @Test
    void theFifthWrongPasswordPausesTheAccountAndEachFurtherOneDoublesThePause() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana@example.ph", HOME);
        }
        assertThat(throttle.waitFor("ana@example.ph", HOME)).isEmpty();

        throttle.failed("ana@example.ph", HOME);
        assertThat(throttle.waitFor("ana@example.ph", HOME)).contains(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("ana@example.ph", SCHOOL))
                .as("the account is paused from every address")
                .contains(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("ben@example.ph", SCHOOL)).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("ana@example.ph", HOME)).isEmpty();
        throttle.failed("ana@example.ph", HOME);
        assertThat(throttle.waitFor("ana@example.ph", HOME)).contains(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        throttle.failed("ana@example.ph", HOME);
        assertThat(throttle.waitFor("ana@example.ph", HOME)).contains(Duration.ofMinutes(4));
    }

    @Test
    void thePauseNeverExceedsTheMaximum() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("ana@example.ph", "192.0.2." + i);
        }

        assertThat(throttle.waitFor("ana@example.ph", SCHOOL)).contains(Duration.ofMinutes(15));
    }

    @Test
    void oneAddressGuessingManyAccountsIsPausedForEveryAccount() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("victim" + i + "@example.ph", SCHOOL);
        }

        assertThat(throttle.waitFor("new@example.ph", SCHOOL)).contains(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("new@example.ph", HOME)).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("ana@example.ph", SCHOOL);
            if (i == 3) {
                throttle.succeeded("ana@example.ph");
            }
        }
        assertThat(throttle.waitFor("ana@example.ph", HOME))
                .as("3 failures since success")
                .isEmpty();

        throttle.succeeded("ana@example.ph");
        throttle.failed("mallory@example.ph", SCHOOL);

        assertThat(throttle.waitFor("ana@example.ph", SCHOOL))
                .as("8th failure from the address")
                .isPresent();
    }

    @Test
    void failuresAreForgottenAfterAQuietWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana@example.ph", HOME);
        }
        clock.advance(WINDOW);
        throttle.failed("ana@example.ph", HOME);

        assertThat(throttle.waitFor("ana@example.ph", HOME)).isEmpty();
    }
}
