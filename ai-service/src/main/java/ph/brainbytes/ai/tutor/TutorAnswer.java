package ph.brainbytes.ai.tutor;

import java.util.List;
import ph.brainbytes.ai.classify.QuestionType;
import ph.brainbytes.ai.language.TutorLanguage;
import ph.brainbytes.ai.safety.SafetyCategory;

/** The tutor's answer, as described in docs/internal-api.md. */
record TutorAnswer(
        String text,
        TutorLanguage language,
        String subject,
        QuestionType questionType,
        TutorMode mode,
        List<Citation> citations,
        String provider,
        Safety safety) {

    TutorAnswer {
        citations = List.copyOf(citations);
    }

    /** A lesson the answer is grounded in. */
    record Citation(String id, String title, String competency) {}

    /** Whether the safety screen stepped in, and why; {@code flagged} asks the backend to tell a teacher. */
    record Safety(boolean flagged, SafetyCategory category) {

        static final Safety CLEAR = new Safety(false, null);

        static Safety of(SafetyCategory category) {
            return new Safety(category.flagsTeacher(), category);
        }
    }
}
