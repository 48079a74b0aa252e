package ph.brainbytes.frontend.backend;

/**
 * One entry of the materials list: a teacher's material ({@code source} "teacher", a UUID id) or a
 * built-in curriculum lesson ({@code source} "curriculum", id {@code lesson-<lesson id>}). {@code file}
 * is the name of an upload, null for written materials and lessons.
 */
public record MaterialSummary(
        String id,
        String source,
        String title,
        String summary,
        String subject,
        int grade,
        String competency,
        String language,
        String file,
        String authorId) {}
