package ph.brainbytes.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CurriculumTest {

    private final Curriculum curriculum = Curriculum.load();

    @Test
    void everySubjectTaughtHasLessons() {
        assertThat(Arrays.stream(Subject.values()).filter(s -> s != Subject.GENERAL))
                .allSatisfy(
                        subject -> assertThat(curriculum.lessonsFor(subject)).isNotEmpty());
    }

    @Test
    void everyLessonIsBilingualAndTagged() {
        assertThat(curriculum.lessons()).allSatisfy(lesson -> {
            assertThat(lesson.body().en()).isNotEqualTo(lesson.body().fil());
            assertThat(lesson.summary().en()).isNotEqualTo(lesson.summary().fil());
            assertThat(lesson.competency()).isNotBlank();
            assertThat(lesson.keywords()).isNotEmpty();
        });
    }

    @Test
    void aLessonCanBeFoundById() {
        Lesson photosynthesis = curriculum.lesson("sci-photosynthesis").orElseThrow();

        assertThat(photosynthesis.subject()).isEqualTo(Subject.SCIENCE);
        assertThat(photosynthesis.competency()).isEqualTo("S7LT-IIe-5");
        assertThat(photosynthesis.title().in("fil")).isEqualTo("Potosintesis");
        assertThat(photosynthesis.body().in("en")).contains("chlorophyll").doesNotContain("<!--");
        assertThat(curriculum.lesson("no-such-lesson")).isEmpty();
    }

    @Test
    void problemsComeEasiestFirstAndCheckAnswers() {
        List<PracticeProblem> problems = curriculum.problemsFor("math-linear-equations");

        assertThat(problems).extracting(PracticeProblem::difficulty).isSorted().hasSizeGreaterThan(1);
        PracticeProblem first = problems.get(0);
        assertThat(first.accepts("x = 5")).isTrue();
        assertThat(first.accepts("6")).isFalse();
        assertThat(first.hints()).isNotEmpty();
    }

    @Test
    void everyProblemAcceptsItsOwnAnswers() {
        assertThat(curriculum.lessons().stream().flatMap(l -> curriculum.problemsFor(l.id()).stream()))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.answers()).allMatch(p::accepts));
    }

    @Test
    void everyLessonFileIsLoaded() throws IOException, URISyntaxException {
        Path lessons = Path.of(getClass()
                .getClassLoader()
                .getResource(CurriculumLoader.ROOT + "lessons")
                .toURI());
        try (Stream<Path> files = Files.list(lessons)) {
            List<String> ids = files.map(f -> f.getFileName().toString().replace(".md", ""))
                    .toList();
            assertThat(curriculum.lessons()).extracting(Lesson::id).containsExactlyInAnyOrderElementsOf(ids);
        }
    }
}
