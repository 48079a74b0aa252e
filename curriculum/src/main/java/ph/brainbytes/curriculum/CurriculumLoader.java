package ph.brainbytes.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Finds the content by classpath scanning, in directories and jars alike: every
 * {@code lessons/<id>.md} is a lesson and every {@code problems/<id>.yaml} holds the practice
 * problems of lesson {@code <id>}. Authors add files; there is no index to edit.
 */
final class CurriculumLoader {

    static final String ROOT = "ph/brainbytes/curriculum/content/";

    private final PathMatchingResourcePatternResolver resolver;

    CurriculumLoader(ClassLoader classLoader) {
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    Curriculum load() {
        List<Lesson> lessons = new ArrayList<>();
        Map<String, String> lessonFiles = new HashMap<>();
        for (Resource file : find("lessons/*.md")) {
            Lesson lesson = LessonParser.parse(idOf(file, ".md"), read(file));
            String earlier = lessonFiles.putIfAbsent(lesson.id(), describe(file));
            if (earlier != null) {
                throw new CurriculumException(
                        "duplicate lesson id " + lesson.id() + " in " + earlier + " and " + describe(file));
            }
            lessons.add(lesson);
        }
        List<PracticeProblem> problems = new ArrayList<>();
        for (Resource file : find("problems/*.yaml")) {
            problems.addAll(ProblemParser.parse(idOf(file, ".yaml"), yaml().load(read(file))));
        }
        return new Curriculum(lessons, problems);
    }

    private Resource[] find(String pattern) {
        try {
            return resolver.getResources("classpath*:" + ROOT + pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list curriculum files " + pattern, e);
        }
    }

    private static String idOf(Resource file, String extension) {
        String name = String.valueOf(file.getFilename());
        return name.substring(0, name.length() - extension.length());
    }

    private static String describe(Resource file) {
        try {
            return file.getURL().toString();
        } catch (IOException e) {
            return file.getDescription();
        }
    }

    private static String read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read curriculum file " + describe(file), e);
        }
    }

    /** A safe YAML reader: plain maps, lists and scalars only, never arbitrary classes. */
    static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
