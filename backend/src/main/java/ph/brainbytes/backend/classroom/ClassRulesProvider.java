package ph.brainbytes.backend.classroom;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.conversation.LearnerRules;

/** A learner in several classes follows the one joined most recently, the class they are working in now. */
@Component
class ClassRulesProvider implements LearnerRules {

    private final SchoolClassRepository classes;

    ClassRulesProvider(SchoolClassRepository classes) {
        this.classes = classes;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClassRules> rulesFor(UUID learnerId) {
        return classes.joinedBy(learnerId).stream()
                .findFirst()
                .map(c -> new ClassRules(c.getTutorMode(), c.getQuestionsPerMinute(), c.getQuestionsPerDay()));
    }
}
