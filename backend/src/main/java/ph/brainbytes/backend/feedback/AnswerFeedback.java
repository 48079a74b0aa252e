package ph.brainbytes.backend.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A learner's verdict on one answer; the answer's labels are copied so summaries need no join. */
@Entity
@Table(name = "answer_feedback")
class AnswerFeedback {

    @Id
    @Column(name = "answer_id")
    private UUID answerId;

    @Column(name = "user_id")
    private UUID userId;

    private boolean helpful;

    private String reason;

    private String subject;

    private String language;

    private String provider;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AnswerFeedback() {}

    AnswerFeedback(UUID answerId, UUID userId, String subject, String language, String provider) {
        this.answerId = answerId;
        this.userId = userId;
        this.subject = subject;
        this.language = language;
        this.provider = provider;
    }

    void give(boolean helpful, String reason, Instant at) {
        this.helpful = helpful;
        this.reason = reason;
        this.createdAt = at;
    }

    UUID getAnswerId() {
        return answerId;
    }

    boolean isHelpful() {
        return helpful;
    }

    String getReason() {
        return reason;
    }

    String getSubject() {
        return subject;
    }

    String getLanguage() {
        return language;
    }

    String getProvider() {
        return provider;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
