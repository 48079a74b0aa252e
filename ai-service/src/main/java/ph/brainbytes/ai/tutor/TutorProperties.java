package ph.brainbytes.ai.tutor;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Tuning of the offline tutor.
 *
 * @param minLessonScore the BM25 score a lesson needs before the tutor cites it; below it the tutor
 *     says it has no lesson rather than answer from an unrelated one
 */
@Validated
@ConfigurationProperties("brainbytes.tutor")
record TutorProperties(@Positive float minLessonScore) {}
