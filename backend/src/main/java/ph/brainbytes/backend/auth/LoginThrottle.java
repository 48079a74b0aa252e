package ph.brainbytes.backend.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account in memory (one instance is the embedded default) so that
 * guessing a student's password takes ages; a successful sign-in clears the count.
 */
@Component
class LoginThrottle {

    /** Beyond this many tracked accounts, expired entries are swept so guessing random e-mails cannot fill memory. */
    private static final int SWEEP_ABOVE = 10_000;

    private final LoginLimits limits;
    private final Clock clock;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    LoginThrottle(LoginLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long {@code account} must wait before trying again, or empty if it may try now. */
    Optional<Duration> waitFor(String account) {
        Window window = failures.get(account);
        Instant now = clock.instant();
        if (window == null || window.count() < limits.failedLogins() || !now.isBefore(window.end())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.end()));
    }

    void failed(String account) {
        Instant now = clock.instant();
        failures.compute(
                account,
                (key, window) -> window == null || !now.isBefore(window.end())
                        ? new Window(now.plus(limits.failedLoginWindow()), 1)
                        : new Window(window.end(), window.count() + 1));
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(window -> !now.isBefore(window.end()));
        }
    }

    void succeeded(String account) {
        failures.remove(account);
    }

    private record Window(Instant end, int count) {}
}
