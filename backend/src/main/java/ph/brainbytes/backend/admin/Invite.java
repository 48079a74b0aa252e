package ph.brainbytes.backend.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use code that makes its holder a teacher at sign-up. Only the code's hash is stored. */
@Entity
@Table(name = "invites")
class Invite {

    @Id
    private UUID id;

    @Column(name = "code_hash")
    private String codeHash;

    private String role;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by")
    private UUID usedBy;

    protected Invite() {}

    Invite(String codeHash, String role, UUID createdBy, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.codeHash = codeHash;
        this.role = role;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    UUID getId() {
        return id;
    }

    String getRole() {
        return role;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    InviteView view(Instant now) {
        String status = usedAt != null ? "used" : now.isBefore(expiresAt) ? "open" : "expired";
        return new InviteView(id, role, status, createdBy, createdAt, expiresAt, usedAt, usedBy, null);
    }

    /** {@code code} is only filled in the answer to the admin who created it. */
    record InviteView(
            UUID id,
            String role,
            String status,
            UUID createdBy,
            Instant createdAt,
            Instant expiresAt,
            Instant usedAt,
            UUID usedBy,
            String code) {}
}
