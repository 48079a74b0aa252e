package ph.brainbytes.backend.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.common.problem.ApiException;

/** A student's own conversations; anybody else's look exactly like ones that do not exist. */
@Service
class Conversations {

    static final int PAGE_SIZE = 20;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Clock clock;

    Conversations(ConversationRepository conversations, MessageRepository messages, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    Conversation create(UUID userId, String subject, String title) {
        String cleanTitle = title == null || title.isBlank() ? null : title.strip();
        return conversations.save(new Conversation(userId, subject, cleanTitle, now(clock)));
    }

    @Transactional(readOnly = true)
    Views.ConversationPage list(UUID userId, String query, String cursor) {
        String pattern = likePattern(query);
        Limit oneMore = Limit.of(PAGE_SIZE + 1);
        List<Conversation> found;
        if (cursor == null || cursor.isBlank()) {
            found = conversations.firstPage(userId, pattern, oneMore);
        } else {
            PageCursor after = PageCursor.decode(cursor);
            found = conversations.pageAfter(userId, pattern, after.updatedAt(), after.id(), oneMore);
        }
        List<Conversation> page = found.subList(0, Math.min(PAGE_SIZE, found.size()));
        String next = null;
        if (found.size() > PAGE_SIZE) {
            Conversation last = page.get(page.size() - 1);
            next = new PageCursor(last.getUpdatedAt(), last.getId()).encode();
        }
        return new Views.ConversationPage(
                page.stream().map(Views.ConversationSummary::of).toList(), next);
    }

    @Transactional
    Conversation rename(UUID userId, UUID conversationId, String title) {
        Conversation conversation = owned(userId, conversationId);
        conversation.rename(title.strip());
        return conversation;
    }

    /** The database removes the messages, their feedback and idempotency keys with it (on delete cascade). */
    @Transactional
    void delete(UUID userId, UUID conversationId) {
        conversations.delete(owned(userId, conversationId));
    }

    @Transactional(readOnly = true)
    List<Message> transcript(UUID userId, UUID conversationId) {
        owned(userId, conversationId);
        return messages.findByConversationIdOrderByCreatedAtAscRoleAsc(conversationId);
    }

    @Transactional(readOnly = true)
    Conversation owned(UUID userId, UUID conversationId) {
        return conversations
                .findByIdAndUserId(conversationId, userId)
                .orElseThrow(() -> new ApiException(
                        HttpStatus.NOT_FOUND, "conversation-not-found", "There is no such conversation."));
    }

    /** Databases keep microseconds; rounding here keeps cursors and comparisons exact. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String likePattern(String query) {
        if (query == null || query.isBlank()) {
            return "%";
        }
        String escaped = query.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
