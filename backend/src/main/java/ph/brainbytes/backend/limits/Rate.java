package ph.brainbytes.backend.limits;

import java.time.Duration;

/** At most {@code permits} within every {@code period}. */
public record Rate(long permits, Duration period) {

    public Rate {
        if (permits < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate needs at least one permit and a positive period");
        }
    }
}
