package ph.brainbytes.frontend.backend;

import java.time.OffsetDateTime;

/** A student of a class and how much they use the tutor; {@code lastActiveAt} is null before the first question. */
public record ClassMember(
        String userId,
        String displayName,
        Integer gradeLevel,
        OffsetDateTime joinedAt,
        OffsetDateTime lastActiveAt,
        long questionsToday,
        long questionsTotal) {}
