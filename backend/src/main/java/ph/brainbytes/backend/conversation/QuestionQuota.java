package ph.brainbytes.backend.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.limits.Rate;
import ph.brainbytes.backend.limits.RateLimiter;
import ph.brainbytes.backend.user.Role;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.common.problem.TooManyRequestsException;

/** Spends one of the learner's tutor questions, or refuses with 429 before anything is stored. */
@Component
@EnableConfigurationProperties(QuestionLimits.class)
class QuestionQuota {

    private final RateLimiter limiter;
    private final QuestionLimits defaults;
    private final MessageSource texts;

    QuestionQuota(RateLimiter limiter, QuestionLimits defaults, MessageSource texts) {
        this.limiter = limiter;
        this.defaults = defaults;
        this.texts = texts;
    }

    void spend(User learner, Optional<LearnerRules.ClassRules> classRules) {
        List<Rate> rates = ratesFor(learner, classRules);
        limiter.tryTake("questions:" + learner.getId(), rates).ifPresent(wait -> {
            throw new TooManyRequestsException(
                    texts.getMessage("limits.questions", null, LocaleContextHolder.getLocale()), wait);
        });
    }

    /** Staff keep their own defaults; a student's class setting, where the teacher made one, overrides the default. */
    List<Rate> ratesFor(User learner, Optional<LearnerRules.ClassRules> classRules) {
        if (!Role.STUDENT.name().equals(learner.getRole())) {
            return rates(defaults.staffPerMinute(), defaults.staffPerDay());
        }
        int perMinute =
                classRules.map(LearnerRules.ClassRules::questionsPerMinute).orElse(defaults.perMinute());
        int perDay = classRules.map(LearnerRules.ClassRules::questionsPerDay).orElse(defaults.perDay());
        return rates(perMinute, perDay);
    }

    private static List<Rate> rates(int perMinute, int perDay) {
        return List.of(new Rate(perMinute, Duration.ofMinutes(1)), new Rate(perDay, Duration.ofDays(1)));
    }
}
