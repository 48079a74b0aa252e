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

    private static final String EN = "### Explanation\nA.\n### Worked example\nB.\n### Check yourself\nC.";
    private static final String FIL = "### Paliwanag\nD.\n### Halimbawa\nE.\n### Subukan mo\nF.";

    @Test
    void readsBothBodiesAndTheMetadata() {
        Lesson lesson =
                LessonParser.parse("demo", FRONT_MATTER + "<!-- en -->\n" + EN + "\n<!-- fil -->\n" + FIL + "\n");

        assertThat(lesson.body()).isEqualTo(new LocalizedText(EN, FIL));
        assertThat(lesson.gradeLevel()).isEqualTo(7);
        assertThat(lesson.title().in("taglish")).isEqualTo("Halimbawa");
    }

    @Test
    void aLessonWithoutItsFilipinoBodyIsRefused() {
        assertThatThrownBy(() -> LessonParser.parse("demo", FRONT_MATTER + "<!-- en -->\n" + EN + "\n"))
                .isInstanceOf(CurriculumException.class)
                .hasMessageContaining("Filipino body");
    }

    @Test
    void aLessonWhoseIdDiffersFromItsFileIsRefused() {
        assertThatThrownBy(() -> LessonParser.parse(
                        "other", FRONT_MATTER + "<!-- en -->\n" + EN + "\n<!-- fil -->\n" + FIL + "\n"))
                .isInstanceOf(CurriculumException.class)
                .hasMessageContaining("id must match");
    }

    @Test
    void aMissingTranslationOfTheTitleIsRefused() {
        String content = FRONT_MATTER.replace("fil: Halimbawa", "fil: ''") + "<!-- en -->\n" + EN + "\n<!-- fil -->\n"
                + FIL + "\n";

        assertThatThrownBy(() -> LessonParser.parse("demo", content))
                .isInstanceOf(CurriculumException.class)
                .hasMessageContaining("title");
    }

    @Test
    void sectionsOutOfOrderAreRefused() {
        String swapped = "### Halimbawa\nE.\n### Paliwanag\nD.\n### Subukan mo\nF.";

        assertThatThrownBy(() ->
                        LessonParser.parse("demo", FRONT_MATTER + "<!-- en -->\n" + EN + "\n<!-- fil -->\n" + swapped))
                .isInstanceOf(CurriculumException.class)
                .hasMessageContaining(
                        "(Filipino body): needs exactly the sections [### Paliwanag, ### Halimbawa, ### Subukan mo]");
    }

    @Test
    void anExtraThirdLevelHeadingIsRefused() {
        String extra = EN + "\n### Answer\nC.";

        assertThatThrownBy(() ->
                        LessonParser.parse("demo", FRONT_MATTER + "<!-- en -->\n" + extra + "\n<!-- fil -->\n" + FIL))
                .isInstanceOf(CurriculumException.class)
                .hasMessageContaining("(English body)");
    }
}
