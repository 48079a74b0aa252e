package ph.brainbytes.backend.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A student's question or the tutor's answer. Only answers carry the tutor's metadata. */
@Entity
@Table(name = "messages")
class Message {

    static final String STUDENT = "student";
    static final String TUTOR = "tutor";
    /** The provider of the stand-in answer written when the tutor could not be reached. */
    static final String UNAVAILABLE = "unavailable";

    @Id
    private UUID id;

    @Column(name = "conversation_id")
    private UUID conversationId;

    private String role;

    @Column(name = "content")
    private String text;

    @Column(name = "created_at")
    private Instant createdAt;

    private String language;

    private String subject;

    @Column(name = "question_type")
    private String questionType;

    private String mode;

    @Convert(converter = CitationsConverter.class)
    private List<Citation> citations;

    private String provider;

    @Column(name = "safety_flagged")
    private Boolean safetyFlagged;

    @Column(name = "safety_category")
    private String safetyCategory;

    protected Message() {}

    private Message(UUID conversationId, String role, String text, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.conversationId = conversationId;
        this.role = role;
        this.text = text;
        this.createdAt = createdAt;
    }

    static Message question(UUID conversationId, String text, Instant createdAt) {
        return new Message(conversationId, STUDENT, text, createdAt);
    }

    static Message answer(UUID conversationId, AnswerContent content, Instant createdAt) {
        Message answer = new Message(conversationId, TUTOR, content.text(), createdAt);
        answer.language = content.language();
        answer.subject = content.subject();
        answer.questionType = content.questionType();
        answer.mode = content.mode();
        answer.citations = List.copyOf(content.citations());
        answer.provider = content.provider();
        answer.safetyFlagged = content.safetyFlagged();
        answer.safetyCategory = content.safetyCategory();
        return answer;
    }

    boolean isFromStudent() {
        return STUDENT.equals(role);
    }

    UUID getId() {
        return id;
    }

    UUID getConversationId() {
        return conversationId;
    }

    String getRole() {
        return role;
    }

    String getText() {
        return text;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getLanguage() {
        return language;
    }

    String getSubject() {
        return subject;
    }

    String getQuestionType() {
        return questionType;
    }

    String getMode() {
        return mode;
    }

    List<Citation> getCitations() {
        return citations == null ? List.of() : citations;
    }

    String getProvider() {
        return provider;
    }

    boolean isSafetyFlagged() {
        return Boolean.TRUE.equals(safetyFlagged);
    }

    String getSafetyCategory() {
        return safetyCategory;
    }
}
