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

    @Column(name = "birth_year")
    private Integer birthYear;

    private String region;

    @Column(name = "preferred_mode")
    private String preferredMode;

    /** Access tokens carrying another version are refused; raised when the password or role changes. */
    @Column(name = "token_version")
    private int tokenVersion;

    protected User() {}

    User(
            String email,
            String passwordHash,
            String displayName,
            Integer gradeLevel,
            String preferredLanguage,
            Instant createdAt) {
        this(email, passwordHash, displayName, gradeLevel, preferredLanguage, createdAt, Role.STUDENT, null);
    }

    User(
            String email,
            String passwordHash,
            String displayName,
            Integer gradeLevel,
            String preferredLanguage,
            Instant createdAt,
            Role role,
            Integer birthYear) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role.name();
        this.gradeLevel = gradeLevel;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
        this.birthYear = birthYear;
    }

    void update(ProfileChange change) {
        if (change.displayName() != null) {
            displayName = change.displayName().strip();
        }
        if (change.gradeLevel() != null) {
            gradeLevel = change.gradeLevel();
        }
        if (change.region() != null) {
            region = change.region().name();
        }
        if (change.preferredLanguage() != null) {
            preferredLanguage = change.preferredLanguage();
        }
        if (change.preferredMode() != null) {
            preferredMode = change.preferredMode();
        }
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        tokenVersion++;
    }

    void changeRole(Role newRole) {
        role = newRole.name();
        tokenVersion++;
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

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getRegion() {
        return region;
    }

    public String getPreferredMode() {
        return preferredMode;
    }

    public int getTokenVersion() {
        return tokenVersion;
    }
}
