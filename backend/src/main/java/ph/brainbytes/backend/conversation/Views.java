package ph.brainbytes.backend.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the conversation API. */
final class Views {

    private Views() {}

    record CreatedConversation(UUID id, String subject, String title, Instant createdAt) {

        static CreatedConversation of(Conversation c) {
            return new CreatedConversation(c.getId(), c.getSubject(), c.getTitle(), c.getCreatedAt());
        }
    }

    record ConversationSummary(UUID id, String subject, String title, Instant createdAt, Instant updatedAt) {

        static ConversationSummary of(Conversation c) {
            return new ConversationSummary(c.getId(), c.getSubject(), c.getTitle(), c.getCreatedAt(), c.getUpdatedAt());
        }
    }

    /** {@code nextCursor} is null on the last page. */
    record ConversationPage(List<ConversationSummary> items, String nextCursor) {}

    /** One entry of a transcript; the tutor's fields are left out of a student's message. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TranscriptEntry(
            UUID id,
            String role,
            String text,
            Instant createdAt,
            String language,
            String subject,
            String questionType,
            String mode,
            List<Citation> citations,
            String provider,
            Safety safety) {

        static TranscriptEntry of(Message m) {
            if (m.isFromStudent()) {
                return new TranscriptEntry(
                        m.getId(),
                        m.getRole(),
                        m.getText(),
                        m.getCreatedAt(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
            }
            return new TranscriptEntry(
                    m.getId(),
                    m.getRole(),
                    m.getText(),
                    m.getCreatedAt(),
                    m.getLanguage(),
                    m.getSubject(),
                    m.getQuestionType(),
                    m.getMode(),
                    m.getCitations(),
                    m.getProvider(),
                    Safety.of(m));
        }
    }

    record Transcript(List<TranscriptEntry> items) {}

    record Question(UUID id, String text, Instant createdAt) {

        static Question of(Message m) {
            return new Question(m.getId(), m.getText(), m.getCreatedAt());
        }
    }

    record Answer(
            UUID id,
            String text,
            Instant createdAt,
            String language,
            String subject,
            String questionType,
            String mode,
            List<Citation> citations,
            String provider,
            Safety safety) {

        static Answer of(Message m) {
            return new Answer(
                    m.getId(),
                    m.getText(),
                    m.getCreatedAt(),
                    m.getLanguage(),
                    m.getSubject(),
                    m.getQuestionType(),
                    m.getMode(),
                    m.getCitations(),
                    m.getProvider(),
                    Safety.of(m));
        }
    }

    record Exchange(Question question, Answer answer) {

        static Exchange of(Message question, Message answer) {
            return new Exchange(Question.of(question), Answer.of(answer));
        }
    }

    /** {@code category} is written even when null, as the contract shows it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Safety(boolean flagged, String category) {

        static Safety of(Message m) {
            return new Safety(m.isSafetyFlagged(), m.getSafetyCategory());
        }
    }
}
