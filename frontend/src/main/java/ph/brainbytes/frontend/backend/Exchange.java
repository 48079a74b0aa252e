package ph.brainbytes.frontend.backend;

import java.time.OffsetDateTime;
import java.util.List;

/** The backend's answer to a question: the stored question and the tutor's answer. */
public record Exchange(Question question, Answer answer) {

    public record Question(String id, String text, OffsetDateTime createdAt) {}

    public record Answer(
            String id,
            String text,
            String language,
            String subject,
            String questionType,
            String mode,
            List<Citation> citations,
            String provider) {

        /** Kept as a copy nobody can change; the backend may leave the list out. */
        public Answer {
            citations = citations == null ? null : List.copyOf(citations);
        }
    }
}
