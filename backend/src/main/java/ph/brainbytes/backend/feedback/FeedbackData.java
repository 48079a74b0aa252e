package ph.brainbytes.backend.feedback;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.privacy.PersonalData;

/** The verdicts a learner gave on answers. */
@Component
class FeedbackData implements PersonalData {

    private final AnswerFeedbackRepository feedback;

    FeedbackData(AnswerFeedbackRepository feedback) {
        this.feedback = feedback;
    }

    @Override
    public String section() {
        return "answerFeedback";
    }

    @Override
    @Transactional(readOnly = true)
    public List<FeedbackController.Given> export(UUID userId) {
        return feedback.findByUserIdOrderByCreatedAtAsc(userId).stream()
                .map(FeedbackController.Given::of)
                .toList();
    }

    @Override
    @Transactional
    public void erase(UUID userId) {
        feedback.deleteByUserId(userId);
    }
}
