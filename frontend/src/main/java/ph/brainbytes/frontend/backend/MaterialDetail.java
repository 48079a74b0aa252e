package ph.brainbytes.frontend.backend;

/**
 * A material to read. {@code format} is "markdown" (written materials, lessons) or "text" (extracted
 * from an upload, whose original {@link MaterialApi#file} returns).
 */
public record MaterialDetail(
        String id,
        String source,
        String title,
        String summary,
        String subject,
        int grade,
        String competency,
        String language,
        String file,
        String authorId,
        String format,
        String body) {

    public boolean isLesson() {
        return "curriculum".equals(source);
    }

    public boolean isMarkdown() {
        return "markdown".equals(format);
    }
}
