package ph.brainbytes.ai.tutor;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ph.brainbytes.ai.language.TutorLanguage;
import ph.brainbytes.ai.math.MathSolution;
import ph.brainbytes.ai.safety.SafetyCategory;
import ph.brainbytes.curriculum.Lesson;

/** Writes answers in Markdown without any language model: worked math and cited lessons. */
@Component
class OfflineTutor {

    static final String PROVIDER = "offline";

    private final TutorMessages messages;

    OfflineTutor(TutorMessages messages) {
        this.messages = messages;
    }

    String math(MathSolution solution, TutorMode mode, TutorLanguage language) {
        List<String> work = messages.steps(language, solution.work());
        if (mode == TutorMode.SOCRATIC) {
            String kind = solution.kind().name().toLowerCase(Locale.ROOT);
            return String.join(
                    "\n\n",
                    messages.get(language, "math.intro.socratic"),
                    work.get(0),
                    "**" + messages.get(language, "math.socratic." + kind) + "**",
                    messages.get(language, "math.socratic.next"));
        }
        StringBuilder text = new StringBuilder(messages.get(language, "math.intro.direct")).append("\n\n");
        for (int i = 0; i < work.size(); i++) {
            text.append(i + 1).append(". ").append(work.get(i)).append('\n');
        }
        return text.append('\n')
                .append(messages.step(language, solution.answer()))
                .toString();
    }

    String concept(Lesson lesson, TutorMode mode, TutorLanguage language) {
        String title = lesson.title().in(language.code());
        String source = messages.get(language, "concept.source", title, lesson.competency());
        if (mode == TutorMode.SOCRATIC) {
            return messages.get(language, "concept.socratic", title, clues(lesson, title)) + "\n\n" + source;
        }
        return String.join(
                "\n\n",
                "### " + title,
                lesson.summary().in(language.code()),
                lesson.body().in(language.code()),
                source);
    }

    String greeting(TutorLanguage language) {
        return messages.get(language, "greeting");
    }

    String noLesson(TutorLanguage language) {
        return messages.get(language, "other");
    }

    String safety(SafetyCategory category, TutorLanguage language) {
        return messages.get(language, "safety." + category.code());
    }

    /** A few of the lesson's keywords that do not already appear in its title. */
    private static String clues(Lesson lesson, String title) {
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        return lesson.keywords().stream()
                .filter(k -> !lowerTitle.contains(k.toLowerCase(Locale.ROOT)))
                .limit(3)
                .collect(Collectors.joining(", "));
    }
}
