package ph.brainbytes.frontend.backend;

import java.time.OffsetDateTime;

/** One conversation of the signed-in student. */
public record Conversation(String id, String subject, String title, OffsetDateTime createdAt) {}
