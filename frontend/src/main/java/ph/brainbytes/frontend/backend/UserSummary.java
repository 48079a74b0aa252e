package ph.brainbytes.frontend.backend;

import java.time.OffsetDateTime;

/** An account as the admin's user list shows it. */
public record UserSummary(String id, String email, String displayName, String role, OffsetDateTime createdAt) {}
