package ph.brainbytes.backend.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Remembers which question (and answer) a client's Idempotency-Key produced. */
@Entity
@Table(name = "idempotency_keys")
class IdempotencyKey {

    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "idem_key")
    private String key;

    @Column(name = "conversation_id")
    private UUID conversationId;

    @Column(name = "question_id")
    private UUID questionId;

    @Column(name = "answer_id")
    private UUID answerId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotencyKey() {}

    IdempotencyKey(UUID userId, String key, UUID conversationId, UUID questionId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.key = key;
        this.conversationId = conversationId;
        this.questionId = questionId;
        this.createdAt = createdAt;
    }

    void answeredBy(UUID answerId) {
        this.answerId = answerId;
    }

    UUID getConversationId() {
        return conversationId;
    }

    UUID getQuestionId() {
        return questionId;
    }

    UUID getAnswerId() {
        return answerId;
    }
}
