package ph.brainbytes.backend.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A teacher's class; its settings apply to the tutoring of its members. */
@Entity
@Table(name = "classes")
class SchoolClass {

    @Id
    private UUID id;

    @Column(name = "teacher_id")
    private UUID teacherId;

    private String name;

    private String subject;

    @Column(name = "grade_level")
    private Integer gradeLevel;

    @Column(name = "join_code")
    private String joinCode;

    @Column(name = "tutor_mode")
    private String tutorMode;

    @Column(name = "questions_per_minute")
    private Integer questionsPerMinute;

    @Column(name = "questions_per_day")
    private Integer questionsPerDay;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SchoolClass() {}

    SchoolClass(UUID teacherId, String name, String subject, Integer gradeLevel, String joinCode, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.teacherId = teacherId;
        this.name = name;
        this.subject = subject;
        this.gradeLevel = gradeLevel;
        this.joinCode = joinCode;
        this.createdAt = createdAt;
    }

    void configure(String tutorMode, Integer questionsPerMinute, Integer questionsPerDay) {
        this.tutorMode = tutorMode;
        this.questionsPerMinute = questionsPerMinute;
        this.questionsPerDay = questionsPerDay;
    }

    void newJoinCode(String code) {
        this.joinCode = code;
    }

    UUID getId() {
        return id;
    }

    UUID getTeacherId() {
        return teacherId;
    }

    String getName() {
        return name;
    }

    String getSubject() {
        return subject;
    }

    Integer getGradeLevel() {
        return gradeLevel;
    }

    String getJoinCode() {
        return joinCode;
    }

    String getTutorMode() {
        return tutorMode;
    }

    Integer getQuestionsPerMinute() {
        return questionsPerMinute;
    }

    Integer getQuestionsPerDay() {
        return questionsPerDay;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
