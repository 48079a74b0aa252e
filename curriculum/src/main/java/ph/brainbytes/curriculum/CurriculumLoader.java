package ph.brainbytes.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the content directory: {@code index.yaml} names the lessons; each lesson is
 * {@code lessons/<id>.md} and may have practice problems in {@code problems/<id>.yaml}.
 */
final class CurriculumLoader {

    static final String ROOT = "ph/brainbytes/curriculum/content/";

    private final ClassLoader classLoader;

    CurriculumLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    Curriculum load() {
        List<Lesson> lessons = new ArrayList<>();
        List<PracticeProblem> problems = new ArrayList<>();
        for (String id : lessonIds()) {
            lessons.add(LessonParser.parse(id, read("lessons/" + id + ".md")));
            String problemFile = "problems/" + id + ".yaml";
            if (classLoader.getResource(ROOT + problemFile) != null) {
                problems.addAll(ProblemParser.parse(id, yaml().load(read(problemFile))));
            }
        }
        return new Curriculum(lessons, problems);
    }

    private List<String> lessonIds() {
        Object index = yaml().load(read("index.yaml"));
        if (index instanceof Map<?, ?> map && map.get("lessons") instanceof List<?> ids) {
            return ids.stream().map(String::valueOf).toList();
        }
        throw new CurriculumException("index.yaml must hold a list named lessons");
    }

    private String read(String file) {
        try (InputStream in = classLoader.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new CurriculumException("missing curriculum file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read curriculum file " + file, e);
        }
    }

    /** A safe YAML reader: plain maps, lists and scalars only, never arbitrary classes. */
    static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
