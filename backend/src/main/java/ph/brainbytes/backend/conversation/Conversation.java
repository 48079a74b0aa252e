package ph.brainbytes.backend.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "conversations")
class Conversation {

    static final int TITLE_MAX = 120;
    /** How much of the first question becomes the title of an untitled conversation. */
    static final int DERIVED_TITLE_LENGTH = 60;

    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    private String subject;

    private String title;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Conversation() {}

    Conversation(UUID userId, String subject, String title, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.subject = subject;
        this.title = title;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** A new question counts as activity and names an untitled conversation. */
    void recordQuestion(String question, Instant at) {
        if (title == null || title.isBlank()) {
            title = titleFrom(question);
        }
        updatedAt = at;
    }

    void rename(String newTitle) {
        title = newTitle;
    }

    void recordAnswer(Instant at) {
        updatedAt = at;
    }

    static String titleFrom(String question) {
        String flat = question.strip().replaceAll("\\s+", " ");
        if (flat.length() <= DERIVED_TITLE_LENGTH) {
            return flat;
        }
        int end = DERIVED_TITLE_LENGTH;
        if (Character.isHighSurrogate(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end).stripTrailing() + "…";
    }

    UUID getId() {
        return id;
    }

    UUID getUserId() {
        return userId;
    }

    String getSubject() {
        return subject;
    }

    String getTitle() {
        return title;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
