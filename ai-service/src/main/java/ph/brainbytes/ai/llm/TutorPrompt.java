package ph.brainbytes.ai.llm;

import java.util.List;
import ph.brainbytes.curriculum.Lesson;

/**
 * Everything the language model is told about one question.
 *
 * @param language {@code en}, {@code fil} or {@code taglish}
 * @param socratic whether to guide with questions and hold back the final result
 * @param gradeLevel the learner's grade, or {@code null} when unknown
 * @param lesson the retrieved lesson to ground the answer in, or {@code null} when none matched
 * @param history earlier turns, oldest first, as {@code student}/{@code tutor} and text
 */
public record TutorPrompt(
        String question, String language, boolean socratic, Integer gradeLevel, Lesson lesson, List<Turn> history) {

    public TutorPrompt {
        history = List.copyOf(history);
    }

    public record Turn(String role, String text) {}
}
