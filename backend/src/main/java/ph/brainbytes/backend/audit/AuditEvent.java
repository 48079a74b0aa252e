package ph.brainbytes.backend.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded event; it names users only by id and never holds a password or a token. */
@Entity
@Table(name = "audit_events")
class AuditEvent {

    @Id
    private UUID id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String type;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "subject_id")
    private UUID subjectId;

    private String address;

    private String detail;

    protected AuditEvent() {}

    AuditEvent(Instant occurredAt, AuditType type, UUID actorId, UUID subjectId, String address, String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.type = type.name();
        this.actorId = actorId;
        this.subjectId = subjectId;
        this.address = address;
        this.detail = detail;
    }

    AuditView view() {
        return new AuditView(id, occurredAt, type, actorId, subjectId, address, detail);
    }
}
