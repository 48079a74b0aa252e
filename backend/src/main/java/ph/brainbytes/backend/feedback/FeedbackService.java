package ph.brainbytes.backend.feedback;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.conversation.AnswerLookup;
import ph.brainbytes.common.problem.ApiException;

/** One verdict per answer, by the learner who asked; giving it again replaces the first. */
@Service
class FeedbackService {

    private final AnswerLookup answers;
    private final AnswerFeedbackRepository feedback;
    private final MeterRegistry registry;
    private final MessageSource texts;
    private final Clock clock;

    FeedbackService(
            AnswerLookup answers,
            AnswerFeedbackRepository feedback,
            MeterRegistry registry,
            MessageSource texts,
            Clock clock) {
        this.answers = answers;
        this.feedback = feedback;
        this.registry = registry;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional
    FeedbackController.Given give(UUID learnerId, UUID conversationId, UUID answerId, boolean helpful, String reason) {
        AnswerLookup.AnswerFacts answer = answers.ownedAnswer(learnerId, conversationId, answerId)
                .orElseThrow(() -> new ApiException(
                        HttpStatus.NOT_FOUND,
                        "answer-not-found",
                        texts.getMessage("feedback.answer-not-found", null, LocaleContextHolder.getLocale())));
        AnswerFeedback verdict = feedback.findById(answerId)
                .orElseGet(() -> new AnswerFeedback(
                        answerId, learnerId, answer.subject(), answer.language(), answer.provider()));
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        verdict.give(helpful, cleanReason, clock.instant().truncatedTo(ChronoUnit.MICROS));
        feedback.save(verdict);
        count(verdict);
        return FeedbackController.Given.of(verdict);
    }

    /** The learner's verdicts on the answers of one of their conversations (only its owner can give any). */
    @Transactional(readOnly = true)
    List<FeedbackController.Given> given(UUID learnerId, UUID conversationId) {
        return feedback.findAllById(answers.ownedAnswerIds(learnerId, conversationId)).stream()
                .map(FeedbackController.Given::of)
                .toList();
    }

    @Transactional(readOnly = true)
    List<FeedbackController.SummaryRow> summary() {
        return feedback.tallies().stream()
                .map(t -> new FeedbackController.SummaryRow(
                        t.getSubject(), t.getLanguage(), t.getProvider(), t.getHelpful(), t.getNotHelpful()))
                .toList();
    }

    /** Every verdict given counts, replacements too: the counter measures feedback activity, the table the state. */
    private void count(AnswerFeedback verdict) {
        Counter.builder("brainbytes.learning.feedback")
                .description("Verdicts learners gave on tutor answers")
                .tag("helpful", Boolean.toString(verdict.isHelpful()))
                .tag("subject", String.valueOf(verdict.getSubject()))
                .tag("language", String.valueOf(verdict.getLanguage()))
                .tag("provider", String.valueOf(verdict.getProvider()))
                .register(registry)
                .increment();
    }
}
