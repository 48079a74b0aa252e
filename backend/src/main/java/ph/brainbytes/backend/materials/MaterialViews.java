package ph.brainbytes.backend.materials;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ph.brainbytes.curriculum.Lesson;

/** The JSON shapes of the materials API; teachers' materials and curriculum lessons share them. */
final class MaterialViews {

    static final String TEACHER = "teacher";
    static final String CURRICULUM = "curriculum";

    private MaterialViews() {}

    /**
     * One entry of the list. {@code source} is "teacher" or "curriculum"; {@code authorId} is null for lessons and
     * after the author's account was erased; {@code file} is the upload's name, null when there is none.
     */
    record Summary(
            String id,
            String source,
            String title,
            String summary,
            String subject,
            int grade,
            String competency,
            String language,
            String file,
            UUID authorId,
            Instant createdAt,
            Instant updatedAt) {

        static Summary of(Material m) {
            return new Summary(
                    m.getId().toString(),
                    TEACHER,
                    m.getTitle(),
                    m.getSummary(),
                    m.getSubject(),
                    m.getGradeLevel(),
                    m.getCompetency(),
                    m.getLanguage(),
                    m.getFileName(),
                    m.getAuthorId(),
                    m.getCreatedAt(),
                    m.getUpdatedAt());
        }

        static Summary of(Lesson lesson, String language) {
            return new Summary(
                    LessonCatalog.ID_PREFIX + lesson.id(),
                    CURRICULUM,
                    lesson.title().in(language),
                    lesson.summary().in(language),
                    lesson.subject().slug(),
                    lesson.gradeLevel(),
                    lesson.competency(),
                    language,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /**
     * A material to read: the list entry plus its text. {@code format} is "markdown" (written materials, lessons) or
     * "text" (extracted from an upload, which {@code GET …/file} returns as it was); {@code contentType} is the upload's.
     */
    record Detail(@JsonUnwrapped Summary material, String format, String body, String contentType) {

        static Detail of(Material m) {
            return new Detail(Summary.of(m), m.isUpload() ? "text" : "markdown", m.getBody(), m.getContentType());
        }

        static Detail of(Lesson lesson, String language) {
            return new Detail(
                    Summary.of(lesson, language), "markdown", lesson.body().in(language), null);
        }
    }

    record Page(List<Summary> items, String nextCursor) {}
}
