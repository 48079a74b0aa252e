package ph.brainbytes.backend.tutor;

import java.util.List;

/** The tutor's answer exactly as the ai-service sends it. */
public record TutorAnswer(
        String text,
        String language,
        String subject,
        String questionType,
        String mode,
        List<Citation> citations,
        String provider,
        Safety safety) {

    public record Citation(String id, String title, String competency) {}

    public record Safety(boolean flagged, String category) {}
}
