package ph.brainbytes.backend.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalRateLimiterTest {

    private final LocalRateLimiter limiter = new LocalRateLimiter();
    private final List<Rate> twoAMinuteThreeADay =
            List.of(new Rate(2, Duration.ofMinutes(1)), new Rate(3, Duration.ofDays(1)));

    @Test
    void permitsRunOutAndTheRefusalSaysHowLongToWait() {
        assertThat(limiter.tryTake("questions:ana", twoAMinuteThreeADay)).isEmpty();
        assertThat(limiter.tryTake("questions:ana", twoAMinuteThreeADay)).isEmpty();
        assertThat(limiter.tryTake("questions:ana", twoAMinuteThreeADay))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void keysAreIndependentAndAChangedLimitStartsAFreshBucket() {
        limiter.tryTake("questions:ben", List.of(new Rate(1, Duration.ofMinutes(1))));
        assertThat(limiter.tryTake("questions:ben", List.of(new Rate(1, Duration.ofMinutes(1)))))
                .isPresent();
        assertThat(limiter.tryTake("questions:cora", List.of(new Rate(1, Duration.ofMinutes(1)))))
                .isEmpty();
        assertThat(limiter.tryTake("questions:ben", List.of(new Rate(5, Duration.ofMinutes(1)))))
                .isEmpty();
    }

    @Test
    void aRateNeedsPermitsAndAPeriod() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rate(0, Duration.ofMinutes(1)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rate(1, Duration.ZERO));
    }
}
