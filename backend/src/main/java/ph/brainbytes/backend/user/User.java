package ph.brainbytes.backend.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An account. Other features read it through {@link Users}; it is never sent to a client as is. */
@Entity
@Table(name = "users")
public class User {

    @Id
    private UUID id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    private String role;

    @Column(name = "grade_level")
    private Integer gradeLevel;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(name = "created_at")
    private Instant createdAt;

    protected User() {}

    User(
            String email,
            String passwordHash,
            String displayName,
            Integer gradeLevel,
            String preferredLanguage,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = Role.STUDENT.name();
        this.gradeLevel = gradeLevel;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRole() {
        return role;
    }

    public Integer getGradeLevel() {
        return gradeLevel;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
