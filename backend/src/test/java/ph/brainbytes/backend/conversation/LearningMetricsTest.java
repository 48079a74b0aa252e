package ph.brainbytes.backend.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ph.brainbytes.backend.SteppingClock;

class LearningMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SteppingClock clock = new SteppingClock("2026-11-26T01:00:00Z");
    private final LearningMetrics metrics = new LearningMetrics(registry, clock);

    @Test
    void aPauseLongerThanTheGapStartsANewSessionAndRecordsTheOldOnesLength() {
        UUID ana = UUID.randomUUID();
        metrics.questionAsked(ana);
        clock.advance(Duration.ofMinutes(10));
        metrics.questionAsked(ana);
        clock.advance(Duration.ofMinutes(10));
        metrics.questionAsked(ana);
        assertThat(sessions()).isEqualTo(1.0);

        clock.advance(LearningMetrics.SESSION_GAP.plusMinutes(1));
        metrics.questionAsked(ana);
        assertThat(sessions()).isEqualTo(2.0);
        var perSession =
                registry.get("brainbytes.learning.questions.per.session").summary();
        assertThat(perSession.count()).isEqualTo(1);
        assertThat(perSession.totalAmount()).isEqualTo(3.0);

        clock.advance(LearningMetrics.SESSION_GAP.plusMinutes(1));
        metrics.closeQuietSessions();
        assertThat(perSession.count())
                .as("a quiet session is closed by the timer")
                .isEqualTo(2);
        metrics.closeQuietSessions();
        assertThat(perSession.count()).as("and only once").isEqualTo(2);
    }

    @Test
    void activeStudentsAreCountedPerWindow() {
        metrics.questionAsked(UUID.randomUUID());
        clock.advance(Duration.ofMinutes(30));
        metrics.questionAsked(UUID.randomUUID());
        clock.advance(Duration.ofMinutes(2));

        assertThat(active("5m")).isEqualTo(1.0);
        assertThat(active("1h")).isEqualTo(2.0);
        assertThat(active("24h")).isEqualTo(2.0);
        clock.advance(Duration.ofHours(25));
        metrics.closeQuietSessions();
        assertThat(active("24h")).isZero();
    }

    private double sessions() {
        return registry.get("brainbytes.learning.sessions").counter().count();
    }

    private double active(String window) {
        return registry.get("brainbytes.learning.active.students")
                .tag("window", window)
                .gauge()
                .value();
    }
}
