package ph.brainbytes.backend.conversation;

import java.util.List;
import ph.brainbytes.backend.tutor.TutorAnswer;

/** What an answer says, from the tutor or the stand-in, cut to what the columns can hold. */
record AnswerContent(
        String text,
        String language,
        String subject,
        String questionType,
        String mode,
        List<Citation> citations,
        String provider,
        boolean safetyFlagged,
        String safetyCategory) {

    static final int TEXT_MAX = 65_535;
    private static final int LABEL_MAX = 64;

    static AnswerContent from(TutorAnswer answer) {
        List<Citation> citations = answer.citations() == null
                ? List.of()
                : answer.citations().stream()
                        .map(c -> new Citation(c.id(), c.title(), c.competency()))
                        .toList();
        TutorAnswer.Safety safety = answer.safety();
        return new AnswerContent(
                clip(answer.text(), TEXT_MAX),
                clip(answer.language(), LABEL_MAX),
                clip(answer.subject(), LABEL_MAX),
                clip(answer.questionType(), LABEL_MAX),
                clip(answer.mode(), LABEL_MAX),
                citations,
                clip(answer.provider(), LABEL_MAX),
                safety != null && safety.flagged(),
                safety == null ? null : clip(safety.category(), LABEL_MAX));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
