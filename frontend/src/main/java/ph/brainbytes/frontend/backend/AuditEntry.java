package ph.brainbytes.frontend.backend;

import java.time.OffsetDateTime;

/** One security event of the audit log. */
public record AuditEntry(
        String id,
        OffsetDateTime occurredAt,
        String type,
        String actorId,
        String subjectId,
        String address,
        String detail) {}
