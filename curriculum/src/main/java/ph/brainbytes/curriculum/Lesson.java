package ph.brainbytes.curriculum;

import java.util.List;

/**
 * A short bilingual lesson tagged with the DepEd competency it teaches.
 *
 * @param id stable identifier, used in citations and URLs
 * @param gradeLevel 1–12 for basic education, 13 for first-year college
 * @param competency the DepEd learning-competency code
 * @param summary one or two sentences, for cards and short answers
 * @param body the full Markdown lesson
 * @param keywords extra search terms in both languages
 */
public record Lesson(
        String id,
        Subject subject,
        int gradeLevel,
        String competency,
        LocalizedText title,
        LocalizedText summary,
        LocalizedText body,
        List<String> keywords) {

    public Lesson {
        keywords = List.copyOf(keywords);
    }
}
