package ph.brainbytes.ai.llm;

import java.util.List;
import ph.brainbytes.ai.language.TutorLanguage;
import ph.brainbytes.curriculum.Lesson;

/**
 * Everything a grounded answer needs: the question, who asks, how to answer, and the lessons to
 * answer from.
 *
 * @param gradeLevel the learner's grade, or null when unknown
 * @param socratic guide with questions and hints instead of giving the result
 * @param history the latest turns, oldest first
 */
public record TutorPrompt(
        String question,
        TutorLanguage language,
        Integer gradeLevel,
        boolean socratic,
        List<Lesson> lessons,
        List<Turn> history) {

    public TutorPrompt {
        lessons = List.copyOf(lessons);
        history = List.copyOf(history);
    }

    /** One earlier message; {@code fromStudent} is false for the tutor's. */
    public record Turn(boolean fromStudent, String text) {}
}
