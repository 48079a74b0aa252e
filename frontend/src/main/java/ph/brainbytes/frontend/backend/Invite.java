package ph.brainbytes.frontend.backend;

import java.time.OffsetDateTime;

/** A teacher invite; {@code code} is only present in the answer that created it. */
public record Invite(
        String id,
        String role,
        String status,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime usedAt,
        String usedBy,
        String code) {}
