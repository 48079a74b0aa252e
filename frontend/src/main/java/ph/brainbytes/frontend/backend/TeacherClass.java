package ph.brainbytes.frontend.backend;

import java.time.OffsetDateTime;

/** A class as its teacher sees it: join code and settings included; a null setting means the service default. */
public record TeacherClass(
        String id,
        String name,
        String subject,
        Integer gradeLevel,
        String joinCode,
        String tutorMode,
        Integer questionsPerMinute,
        Integer questionsPerDay,
        OffsetDateTime createdAt) {}
