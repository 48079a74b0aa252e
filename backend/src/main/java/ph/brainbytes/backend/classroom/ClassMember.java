package ph.brainbytes.backend.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A student's place in a class. */
@Entity
@Table(name = "class_members")
class ClassMember {

    @EmbeddedId
    private Key key;

    @Column(name = "joined_at")
    private Instant joinedAt;

    protected ClassMember() {}

    ClassMember(UUID classId, UUID userId, Instant joinedAt) {
        this.key = new Key(classId, userId);
        this.joinedAt = joinedAt;
    }

    UUID classId() {
        return key.classId;
    }

    UUID userId() {
        return key.userId;
    }

    Instant joinedAt() {
        return joinedAt;
    }

    @Embeddable
    record Key(
            @Column(name = "class_id") UUID classId,
            @Column(name = "user_id") UUID userId) implements Serializable {}
}
