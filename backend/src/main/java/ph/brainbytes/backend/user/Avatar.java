package ph.brainbytes.backend.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's picture, always a re-encoded PNG of at most {@link AvatarImages#MAX_SIDE} pixels a side. */
@Entity
@Table(name = "avatars")
class Avatar {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    private byte[] image;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Avatar() {}

    Avatar(UUID userId, byte[] image, Instant updatedAt) {
        this.userId = userId;
        this.image = image;
        this.updatedAt = updatedAt;
    }

    byte[] getImage() {
        return image;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
