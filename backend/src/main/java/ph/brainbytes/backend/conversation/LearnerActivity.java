package ph.brainbytes.backend.conversation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a teacher may see of their learners' tutoring: how much they ask and what the tutor flagged. */
@Service
public class LearnerActivity {

    /** Enough for a teacher's review; older flags are still in the learners' transcripts. */
    private static final int FLAGS_SHOWN = 200;

    private final MessageRepository messages;
    private final ConversationRepository conversations;

    LearnerActivity(MessageRepository messages, ConversationRepository conversations) {
        this.messages = messages;
        this.conversations = conversations;
    }

    /** Learners who never asked anything are missing from the map. */
    @Transactional(readOnly = true)
    public Map<UUID, Activity> activityOf(Collection<UUID> learners, Instant since) {
        if (learners.isEmpty()) {
            return Map.of();
        }
        return messages.questionCounts(learners, since).stream()
                .collect(Collectors.toMap(
                        MessageRepository.QuestionCounts::getLearnerId,
                        counts -> new Activity(
                                counts.getLastQuestionAt(), counts.getQuestionsSince(), counts.getQuestionsTotal())));
    }

    /** Each flagged answer with the question that led to it, which is what a teacher needs to follow up. */
    @Transactional(readOnly = true)
    public List<SafetyFlag> flagsOf(Collection<UUID> learners) {
        if (learners.isEmpty()) {
            return List.of();
        }
        List<Message> flagged = messages.flaggedAnswers(learners, Limit.of(FLAGS_SHOWN));
        Map<UUID, UUID> owners =
                conversations
                        .findAllById(flagged.stream()
                                .map(Message::getConversationId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Conversation::getId, Conversation::getUserId));
        return flagged.stream()
                .map(answer -> new SafetyFlag(
                        owners.get(answer.getConversationId()),
                        answer.getConversationId(),
                        answer.getId(),
                        answer.getSafetyCategory(),
                        answer.getCreatedAt(),
                        questionBefore(answer)))
                .toList();
    }

    private String questionBefore(Message answer) {
        return messages
                .latestTurns(answer.getConversationId(), answer.getCreatedAt(), answer.getId(), Limit.of(2))
                .stream()
                .filter(Message::isFromStudent)
                .findFirst()
                .map(Message::getText)
                .orElse(null);
    }

    public record Activity(Instant lastQuestionAt, long questionsSince, long questionsTotal) {}

    public record SafetyFlag(
            UUID learnerId, UUID conversationId, UUID answerId, String category, Instant flaggedAt, String question) {}
}
