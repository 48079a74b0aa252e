package ph.brainbytes.backend.conversation;

import java.util.Optional;
import java.util.UUID;

/**
 * Settings a teacher chose for a learner's class. Declared here and provided by the classroom feature, so
 * conversations do not depend on classes (classes read learners' activity from here).
 */
public interface LearnerRules {

    Optional<ClassRules> rulesFor(UUID learnerId);

    /** Any field may be null: the service default then applies. */
    record ClassRules(String tutorMode, Integer questionsPerMinute, Integer questionsPerDay) {}
}
