package ph.brainbytes.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LessonParserTest {

    private static final String FRONT_MATTER = """
            ---
            id: demo
            subject: science
            grade: 7
            competency: S7LT-IIe-5
            title: {en: Demo, fil: Halimbawa}
            summary: {en: Short., fil: Maikli.}
            keywords: [demo]
            ---
            """;

    @Test
    void readsBothBodiesAndTheMetadata() {
        Lesson lesson = LessonParser.parse("demo", FRONT_MATTER + "<!-- en -->\nHello.\n<!-- fil -->\nKumusta.\n");

        assertThat(lesson.body()).isEqualTo(new LocalizedText("Hello.", "Kumusta."));
        assertThat(lesson.gradeLevel()).isEqualTo(7);
        assertThat(lesson.title().in("taglish")).isEqualTo("Halimbawa");
    }

    @Test
    void aLessonWithoutItsFilipinoBodyIsRefused() {
        assertThatThrownBy(() -> LessonParser.parse("demo", FRONT_MATTER + "<!-- en -->\nHello.\n"))
                .isInstanceOf(CurriculumException.class)
                .hasMessageContaining("Filipino body");
    }

    @Test
    void aLessonWhoseIdDiffersFromItsFileIsRefused() {
        assertThatThrownBy(() -> LessonParser.parse("other", FRONT_MATTER + "<!-- en -->\nA\n<!-- fil -->\nB\n"))
                .isInstanceOf(CurriculumException.class)
                .hasMessageContaining("id must match");
    }

    @Test
    void aMissingTranslationOfTheTitleIsRefused() {
        String content = FRONT_MATTER.replace("fil: Halimbawa", "fil: ''") + "<!-- en -->\nA\n<!-- fil -->\nB\n";

        assertThatThrownBy(() -> LessonParser.parse("demo", content))
                .isInstanceOf(CurriculumException.class)
                .hasMessageContaining("title");
    }
}
