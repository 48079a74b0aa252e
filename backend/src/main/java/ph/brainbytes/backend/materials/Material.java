package ph.brainbytes.backend.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A teacher's material: Markdown they wrote, or the text extracted from a file they uploaded. */
@Entity
@Table(name = "materials")
class Material {

    @Id
    private UUID id;

    @Column(name = "author_id")
    private UUID authorId;

    private String title;
    private String summary;
    private String subject;

    @Column(name = "grade_level")
    private int gradeLevel;

    private String competency;
    private String language;
    private String body;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Material() {}

    /** A material written in Markdown. */
    Material(UUID authorId, MaterialFields fields, String markdown, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.authorId = authorId;
        this.body = markdown;
        this.createdAt = createdAt;
        apply(fields, createdAt);
    }

    /** A material uploaded as a file; its body is the text extracted from it. */
    Material(UUID authorId, MaterialFields fields, UploadedDocument upload, Instant createdAt) {
        this(authorId, fields, upload.text(), createdAt);
        this.fileName = upload.fileName();
        this.contentType = upload.contentType();
    }

    /** Null fields stay as they are; a blank competency or summary clears it. */
    void apply(MaterialFields fields, Instant at) {
        title = fields.title() == null ? title : fields.title().strip();
        summary = fields.summary() == null ? summary : blankToNull(fields.summary());
        subject = fields.subject() == null ? subject : fields.subject();
        gradeLevel = fields.grade() == null ? gradeLevel : fields.grade();
        competency = fields.competency() == null ? competency : blankToNull(fields.competency());
        language = fields.language() == null ? language : fields.language();
        updatedAt = at;
    }

    void rewrite(String markdown, Instant at) {
        body = markdown;
        updatedAt = at;
    }

    /** The author's account was erased: the material stays, anonymous. */
    void forgetAuthor() {
        authorId = null;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    UUID getId() {
        return id;
    }

    UUID getAuthorId() {
        return authorId;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    String getSubject() {
        return subject;
    }

    int getGradeLevel() {
        return gradeLevel;
    }

    String getCompetency() {
        return competency;
    }

    String getLanguage() {
        return language;
    }

    String getBody() {
        return body;
    }

    /** Null for a material written in Markdown. */
    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    boolean isUpload() {
        return fileName != null;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
