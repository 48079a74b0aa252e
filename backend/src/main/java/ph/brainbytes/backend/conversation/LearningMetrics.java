package ph.brainbytes.backend.conversation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.user.User;

/**
 * Engagement as operators see it. A tutoring session is a learner's run of questions with no pause longer than
 * {@link #SESSION_GAP}; it counts when its first question arrives and its length is recorded when it goes quiet.
 * Last-activity times stay in this instance's memory for a day, so the active-student gauges are cheap to read.
 */
@Component
class LearningMetrics {

    static final Duration SESSION_GAP = Duration.ofMinutes(30);
    private static final Duration KEPT = Duration.ofHours(24);
    private static final Map<String, Duration> WINDOWS =
            Map.of("5m", Duration.ofMinutes(5), "1h", Duration.ofHours(1), "24h", KEPT);

    private final MeterRegistry registry;
    private final Clock clock;
    private final Counter sessions;
    private final DistributionSummary questionsPerSession;
    private final Map<UUID, Activity> activity = new ConcurrentHashMap<>();

    LearningMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.sessions = Counter.builder("brainbytes.learning.sessions")
                .description("Tutoring sessions started: a learner's first question after a pause of 30 minutes")
                .register(registry);
        this.questionsPerSession = DistributionSummary.builder("brainbytes.learning.questions.per.session")
                .description("Questions asked in a tutoring session, recorded when the session goes quiet")
                .register(registry);
        WINDOWS.forEach(
                (window, length) -> Gauge.builder("brainbytes.learning.active.students", () -> activeWithin(length))
                        .tag("window", window)
                        .description("Learners who asked a question within the window (this instance)")
                        .register(registry));
    }

    void questionAsked(UUID learnerId) {
        Instant now = clock.instant();
        activity.compute(learnerId, (id, previous) -> {
            if (previous != null && !previous.quietSince(now)) {
                return new Activity(now, previous.questions() + 1, true);
            }
            if (previous != null && previous.open()) {
                questionsPerSession.record(previous.questions());
            }
            sessions.increment();
            return new Activity(now, 1, true);
        });
    }

    /** Counted when the answer is stored, so the tags carry the subject and language the tutor detected. */
    void questionAnswered(User learner, String subject, String language) {
        Counter.builder("brainbytes.learning.questions")
                .description("Tutor questions answered, by subject, grade, region and language")
                .tag("subject", String.valueOf(subject))
                .tag(
                        "grade",
                        learner.getGradeLevel() == null
                                ? "unknown"
                                : learner.getGradeLevel().toString())
                .tag("region", regionOf(learner))
                .tag("language", String.valueOf(language))
                .register(registry)
                .increment();
    }

    /** The region code the learner chose in their profile (optional, so often unknown). */
    static String regionOf(User learner) {
        return learner.getRegion() == null ? "unknown" : learner.getRegion();
    }

    /** Ends quiet sessions (recording their length) and forgets learners idle for a day. */
    @Scheduled(fixedDelay = 60_000)
    void closeQuietSessions() {
        Instant now = clock.instant();
        activity.replaceAll((id, seen) -> {
            if (seen.open() && seen.quietSince(now)) {
                questionsPerSession.record(seen.questions());
                return new Activity(seen.lastAt(), seen.questions(), false);
            }
            return seen;
        });
        activity.values().removeIf(seen -> seen.lastAt().isBefore(now.minus(KEPT)));
    }

    private long activeWithin(Duration window) {
        Instant since = clock.instant().minus(window);
        return activity.values().stream()
                .filter(seen -> !seen.lastAt().isBefore(since))
                .count();
    }

    private record Activity(Instant lastAt, int questions, boolean open) {

        boolean quietSince(Instant now) {
            return lastAt.plus(SESSION_GAP).isBefore(now);
        }
    }
}
