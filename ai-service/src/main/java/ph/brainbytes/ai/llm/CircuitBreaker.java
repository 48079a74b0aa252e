package ph.brainbytes.ai.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a failing provider for a while, so learners get the offline answer at once instead
 * of waiting for one more timeout. After the pause, one call is let through to test the provider.
 */
final class CircuitBreaker {

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    synchronized boolean allowsCall() {
        return !clock.instant().isBefore(openUntil);
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
    }

    synchronized void failed() {
        consecutiveFailures++;
        if (consecutiveFailures >= threshold) {
            openUntil = clock.instant().plus(openFor);
            consecutiveFailures = 0;
        }
    }
}
