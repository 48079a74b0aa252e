package ph.brainbytes.backend.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets other features refer to a tutor's answer in a learner's own conversation. */
@Service
public class AnswerLookup {

    private final Conversations conversations;
    private final MessageRepository messages;

    AnswerLookup(Conversations conversations, MessageRepository messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    /** Empty unless {@code answerId} is the tutor's answer in {@code conversationId}, which the learner owns. */
    @Transactional(readOnly = true)
    public Optional<AnswerFacts> ownedAnswer(UUID learnerId, UUID conversationId, UUID answerId) {
        conversations.owned(learnerId, conversationId);
        return messages.findById(answerId)
                .filter(m -> m.getConversationId().equals(conversationId) && !m.isFromStudent())
                .map(m -> new AnswerFacts(m.getId(), m.getSubject(), m.getLanguage(), m.getProvider()));
    }

    /** The ids of the tutor's answers in {@code conversationId}; not found unless the learner owns it. */
    @Transactional(readOnly = true)
    public List<UUID> ownedAnswerIds(UUID learnerId, UUID conversationId) {
        return conversations.transcript(learnerId, conversationId).stream()
                .filter(m -> !m.isFromStudent())
                .map(Message::getId)
                .toList();
    }

    public record AnswerFacts(UUID answerId, String subject, String language, String provider) {}
}
