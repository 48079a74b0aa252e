package ph.brainbytes.backend.conversation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.backend.user.Users;

/**
 * Everything decided about a question before it is stored: who asks, whether their quota allows it, and which tutor
 * mode applies (the request's, else the class's, else the tutor's default).
 */
@Component
class QuestionAdmission {

    private final Users users;
    private final LearnerRules learnerRules;
    private final QuestionQuota quota;

    QuestionAdmission(Users users, LearnerRules learnerRules, QuestionQuota quota) {
        this.users = users;
        this.learnerRules = learnerRules;
        this.quota = quota;
    }

    Admitted admit(UUID userId, String requestedMode) {
        User learner = users.findById(userId).orElseThrow();
        Optional<LearnerRules.ClassRules> rules = learnerRules.rulesFor(userId);
        quota.spend(learner, rules);
        String mode = requestedMode != null
                ? requestedMode
                : rules.map(LearnerRules.ClassRules::tutorMode).orElse(null);
        return new Admitted(learner, mode);
    }

    record Admitted(User learner, String mode) {}
}
