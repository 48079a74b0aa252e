package ph.brainbytes.backend.audit;

import java.time.Instant;
import java.util.UUID;

/** What an admin or the person concerned sees of an event; users appear by id only. */
public record AuditView(
        UUID id, Instant occurredAt, String type, UUID actorId, UUID subjectId, String address, String detail) {}
