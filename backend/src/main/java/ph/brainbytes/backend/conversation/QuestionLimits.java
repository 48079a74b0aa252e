package ph.brainbytes.backend.conversation;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Tutor questions a learner may ask; students' defaults can be overridden per class, staff have their own. */
@Validated
@ConfigurationProperties("brainbytes.limits.questions")
record QuestionLimits(
        @Min(1) int perMinute,
        @Min(1) int perDay,
        @Min(1) int staffPerMinute,
        @Min(1) int staffPerDay) {}
