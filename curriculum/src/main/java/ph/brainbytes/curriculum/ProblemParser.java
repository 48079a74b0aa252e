package ph.brainbytes.curriculum;

import java.util.ArrayList;
import java.util.List;

/** Parses a lesson's practice problems from the YAML list in {@code problems/<lesson>.yaml}. */
final class ProblemParser {

    private ProblemParser() {}

    static List<PracticeProblem> parse(String lessonId, Object yaml) {
        String source = "problems/" + lessonId + ".yaml";
        if (!(yaml instanceof List<?> entries)) {
            throw new CurriculumException(source + ": expected a list of problems");
        }
        List<PracticeProblem> problems = new ArrayList<>();
        for (Object entry : entries) {
            problems.add(problem(lessonId, new Fields(source, entry)));
        }
        return problems;
    }

    private static PracticeProblem problem(String lessonId, Fields fields) {
        List<LocalizedText> hints = new ArrayList<>();
        List<?> rawHints = fields.list("hints");
        for (int i = 0; i < rawHints.size(); i++) {
            hints.add(new Fields(fields.text("id") + ".hints[" + i + "]", rawHints.get(i)).localizedPair());
        }
        List<String> answers =
                fields.list("answers").stream().map(String::valueOf).toList();
        if (answers.isEmpty()) {
            throw new CurriculumException(fields.text("id") + ": needs at least one answer");
        }
        return new PracticeProblem(
                fields.text("id"),
                lessonId,
                fields.number("difficulty"),
                fields.localized("prompt"),
                answers,
                hints,
                fields.localized("solution"));
    }
}
