package ph.brainbytes.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads small fixture content trees, each a classpath root of its own under {@code fixtures/}. */
class CurriculumLoaderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CurriculumLoaderTest.class
                .getClassLoader()
                .getResource("fixtures/" + name)
                .toURI());
    }

    private static Curriculum load(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        try (URLClassLoader classLoader = new URLClassLoader(urls, null)) {
            return new CurriculumLoader(classLoader).load();
        }
    }

    @Test
    void findsLessonsAndTheirProblemsWithoutAnIndex() throws Exception {
        Curriculum curriculum = load(fixture("valid"));

        assertThat(curriculum.lessons()).extracting(Lesson::id).containsExactly("demo-lesson");
        assertThat(curriculum.problemsFor("demo-lesson"))
                .extracting(PracticeProblem::id)
                .containsExactly("demo-1");
    }

    @Test
    void findsLessonsInsideAJar(@TempDir Path dir) throws Exception {
        Path valid = fixture("valid");
        Path jar = dir.resolve("content.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(valid)) {
            for (Path file : files.toList()) {
                String name = valid.relativize(file).toString().replace('\\', '/');
                if (Files.isDirectory(file)) {
                    if (!name.isEmpty()) {
                        out.putNextEntry(new JarEntry(name + "/"));
                    }
                } else {
                    out.putNextEntry(new JarEntry(name));
                    copy(file, out);
                }
            }
        }

        Curriculum curriculum = load(jar);

        assertThat(curriculum.lesson("demo-lesson")).isPresent();
        assertThat(curriculum.problemsFor("demo-lesson")).hasSize(1);
    }

    private static void copy(Path file, OutputStream out) throws IOException {
        out.write(Files.readAllBytes(file));
    }

    @Test
    void theSameLessonIdTwiceIsRefusedNamingBothFiles() throws Exception {
        assertThatThrownBy(() -> load(fixture("valid"), fixture("second-copy")))
                .isInstanceOf(CurriculumException.class)
                .hasMessageContaining("duplicate lesson id demo-lesson")
                .hasMessageContaining("fixtures/valid/")
                .hasMessageContaining("fixtures/second-copy/");
    }

    @Test
    void aMissingFieldIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> load(fixture("missing-field")))
                .isInstanceOf(CurriculumException.class)
                .hasMessage("lessons/demo-lesson.md: missing grade");
    }

    @Test
    void aMissingSectionIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> load(fixture("missing-section")))
                .isInstanceOf(CurriculumException.class)
                .hasMessageStartingWith("lessons/demo-lesson.md (English body): needs exactly the sections")
                .hasMessageContaining("found [### Explanation, ### Check yourself]");
    }

    @Test
    void anEmptySectionIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> load(fixture("empty-section")))
                .isInstanceOf(CurriculumException.class)
                .hasMessage("lessons/demo-lesson.md (Filipino body): section ### Subukan mo is empty");
    }

    @Test
    void anEmptyClasspathGivesAnEmptyCurriculum(@TempDir Path dir) throws Exception {
        assertThat(load(dir).lessons()).isEqualTo(List.of());
    }
}
