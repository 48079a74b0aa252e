package ph.brainbytes.frontend.backend;

import java.time.OffsetDateTime;

/** One security event of the audit log; a name is null when its account no longer exists. */
public record AuditEntry(
        String id,
        OffsetDateTime occurredAt,
        String type,
        String actorId,
        String actorName,
        String subjectId,
        String subjectName,
        String address,
        String detail) {}
