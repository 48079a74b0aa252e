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

    /** Kept as a copy nobody can change; the ai-service may leave the list out. */
    public TutorAnswer {
        citations = citations == null ? null : List.copyOf(citations);
    }

    public record Citation(String id, String title, String competency) {}

    public record Safety(boolean flagged, String category) {}
}
