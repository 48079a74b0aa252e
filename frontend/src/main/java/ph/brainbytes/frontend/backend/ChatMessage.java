package ph.brainbytes.frontend.backend;

import java.time.OffsetDateTime;
import java.util.List;

/** One stored message of a conversation, a student's question or the tutor's answer. */
public record ChatMessage(
        String id,
        String role,
        String text,
        OffsetDateTime createdAt,
        String language,
        String subject,
        List<Citation> citations,
        String provider) {

    /** Kept as a copy nobody can change; the backend may leave the list out. */
    public ChatMessage {
        citations = citations == null ? null : List.copyOf(citations);
    }
}
