package ph.brainbytes.backend.classroom;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the classes API. */
final class ClassViews {

    private ClassViews() {}

    /** The teacher's view, join code and settings included; a null setting means the service default. */
    record ClassView(
            UUID id,
            String name,
            String subject,
            Integer gradeLevel,
            String joinCode,
            String tutorMode,
            Integer questionsPerMinute,
            Integer questionsPerDay,
            Instant createdAt) {

        static ClassView of(SchoolClass c) {
            return new ClassView(
                    c.getId(),
                    c.getName(),
                    c.getSubject(),
                    c.getGradeLevel(),
                    c.getJoinCode(),
                    c.getTutorMode(),
                    c.getQuestionsPerMinute(),
                    c.getQuestionsPerDay(),
                    c.getCreatedAt());
        }
    }

    /** A student's view of a class they joined: no join code, no quota to argue with. */
    record JoinedClass(UUID id, String name, String subject, Integer gradeLevel, String tutorMode) {

        static JoinedClass of(SchoolClass c) {
            return new JoinedClass(c.getId(), c.getName(), c.getSubject(), c.getGradeLevel(), c.getTutorMode());
        }
    }

    record Member(
            UUID userId,
            String displayName,
            Integer gradeLevel,
            Instant joinedAt,
            Instant lastActiveAt,
            long questionsToday,
            long questionsTotal) {}

    record Flag(
            UUID learnerId,
            String displayName,
            UUID conversationId,
            UUID answerId,
            String category,
            Instant flaggedAt,
            String question) {}

    record Items<T>(List<T> items) {}
}
