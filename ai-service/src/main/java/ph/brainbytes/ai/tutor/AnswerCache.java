package ph.brainbytes.ai.tutor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import ph.brainbytes.ai.language.TutorLanguage;

/**
 * The offline engine's answers by normalised question, language, mode and subject hint: the same
 * question always gets the same answer, and classmates ask the same questions. Lessons are loaded
 * once at start-up, so entries never go stale; the size bound keeps memory flat. Hits and misses
 * are {@code brainbytes_tutor_cache_total{result}}.
 */
@Component
class AnswerCache {

    private static final int MAX_ANSWERS = 5_000;

    private final Cache<Key, TutorAnswer> answers =
            Caffeine.newBuilder().maximumSize(MAX_ANSWERS).recordStats().build();

    AnswerCache(MeterRegistry registry) {
        FunctionCounter.builder(
                        "brainbytes.tutor.cache", answers, c -> c.stats().hitCount())
                .description("Offline answers served from the cache (hit) or worked out (miss)")
                .tag("result", "hit")
                .register(registry);
        FunctionCounter.builder(
                        "brainbytes.tutor.cache", answers, c -> c.stats().missCount())
                .description("Offline answers served from the cache (hit) or worked out (miss)")
                .tag("result", "miss")
                .register(registry);
    }

    TutorAnswer get(Key key, Supplier<TutorAnswer> answer) {
        return answers.get(key, k -> answer.get());
    }

    /** {@code subjectHint} is the conversation's subject as sent, which can steer the lesson found. */
    record Key(String question, TutorLanguage language, TutorMode mode, String subjectHint) {}
}
