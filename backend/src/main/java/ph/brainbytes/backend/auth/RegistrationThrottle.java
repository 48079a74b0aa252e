package ph.brainbytes.backend.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.common.problem.TooManyRequestsException;

/** At most so many sign-ups per client address per window (a fixed window, in memory), so bots cannot mass-register. */
@Component
class RegistrationThrottle {

    private static final int SWEEP_ABOVE = 10_000;

    private final LoginLimits limits;
    private final Clock clock;
    private final Texts texts;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RegistrationThrottle(LoginLimits limits, Clock clock, Texts texts) {
        this.limits = limits;
        this.clock = clock;
        this.texts = texts;
    }

    /** Counts one sign-up from {@code address}, or throws 429 when its window is full. */
    void acquire(String address) {
        Instant now = clock.instant();
        Window window = windows.compute(
                address,
                (key, found) -> found == null || !now.isBefore(found.end())
                        ? new Window(now.plus(limits.registrationWindow()), 1)
                        : new Window(found.end(), found.count() + 1));
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(found -> !now.isBefore(found.end()));
        }
        if (window.count() > limits.registrationsPerAddress()) {
            throw new TooManyRequestsException(
                    texts.get("auth.too-many-registrations"), Duration.between(now, window.end()));
        }
    }

    private record Window(Instant end, int count) {}
}
