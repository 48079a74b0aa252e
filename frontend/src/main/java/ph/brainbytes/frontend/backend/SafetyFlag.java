package ph.brainbytes.frontend.backend;

import java.time.OffsetDateTime;

/** A question of a class member the tutor's safety screen flagged for the teacher. */
public record SafetyFlag(
        String learnerId,
        String displayName,
        String conversationId,
        String answerId,
        String category,
        OffsetDateTime flaggedAt,
        String question) {}
