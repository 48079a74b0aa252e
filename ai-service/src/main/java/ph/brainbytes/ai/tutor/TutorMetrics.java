package ph.brainbytes.ai.tutor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The tutor's own metrics: {@code brainbytes_tutor_answers_total}, {@code
 * brainbytes_tutor_answer_duration_seconds}, {@code brainbytes_tutor_first_token_seconds}, {@code
 * brainbytes_tutor_safety_interventions_total} and {@code brainbytes_tutor_lesson_misses_total}.
 */
@Component
class TutorMetrics {

    private final MeterRegistry registry;

    TutorMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void answered(TutorAnswer answer, Timer.Sample sample) {
        sample.stop(Timer.builder("brainbytes.tutor.answer.duration")
                .description("Time to answer one question")
                .tag("provider", answer.provider())
                .register(registry));
        Counter.builder("brainbytes.tutor.answers")
                .description("Questions answered")
                .tag("language", answer.language().code())
                .tag("subject", answer.subject())
                .tag("question_type", answer.questionType().code())
                .tag("mode", answer.mode().code())
                .tag("provider", answer.provider())
                .register(registry)
                .increment();
        if (answer.safety().category() != null) {
            Counter.builder("brainbytes.tutor.safety.interventions")
                    .description("Questions the safety screen answered itself")
                    .tag("category", answer.safety().category().code())
                    .register(registry)
                    .increment();
        }
    }

    /**
     * Bucket bounds for the wait until a streamed answer's first words: what a learner on a slow
     * phone notices, from instant to the point where the backend gives up (20 s).
     */
    private static final Duration[] FIRST_TOKEN_BUCKETS = {
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(3),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(20)
    };

    /** The first chunk of a streamed answer was written: the time since the question arrived. */
    void firstToken(String provider, Timer.Sample sample) {
        sample.stop(Timer.builder("brainbytes.tutor.first.token")
                .description("Time from a streamed question to the first chunk of its answer")
                .tag("provider", provider)
                .serviceLevelObjectives(FIRST_TOKEN_BUCKETS)
                .register(registry));
    }

    /** A question that looked like a knowledge question but matched no lesson: a gap in the curriculum. */
    void lessonMissed(String subject) {
        Counter.builder("brainbytes.tutor.lesson.misses")
                .description("Questions for which no lesson was found")
                .tag("subject", subject)
                .register(registry)
                .increment();
    }
}
