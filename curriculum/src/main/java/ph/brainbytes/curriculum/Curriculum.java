package ph.brainbytes.curriculum;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole curriculum, immutable and safe to share between threads. */
public final class Curriculum {

    private final Map<String, Lesson> lessons;
    private final Map<String, PracticeProblem> problems;

    Curriculum(List<Lesson> lessons, List<PracticeProblem> problems) {
        this.lessons = index(lessons, Lesson::id);
        this.problems = index(problems, PracticeProblem::id);
        for (PracticeProblem problem : problems) {
            if (!this.lessons.containsKey(problem.lessonId())) {
                throw new CurriculumException(
                        "problem " + problem.id() + " names unknown lesson " + problem.lessonId());
            }
        }
    }

    /** The curriculum shipped in this jar. Fails fast if any of its files is malformed. */
    public static Curriculum load() {
        return new CurriculumLoader(Curriculum.class.getClassLoader()).load();
    }

    /** All lessons, by subject, then grade, then id. */
    public List<Lesson> lessons() {
        return lessons.values().stream()
                .sorted(Comparator.comparing(Lesson::subject)
                        .thenComparingInt(Lesson::gradeLevel)
                        .thenComparing(Lesson::id))
                .toList();
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(lessons.get(id));
    }

    public List<Lesson> lessonsFor(Subject subject) {
        return lessons().stream().filter(l -> l.subject() == subject).toList();
    }

    public Optional<PracticeProblem> problem(String id) {
        return Optional.ofNullable(problems.get(id));
    }

    /** The lesson's practice problems, easiest first. */
    public List<PracticeProblem> problemsFor(String lessonId) {
        return problems.values().stream()
                .filter(p -> p.lessonId().equals(lessonId))
                .sorted(Comparator.comparingInt(PracticeProblem::difficulty).thenComparing(PracticeProblem::id))
                .toList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream()
                .collect(Collectors.toMap(
                        id,
                        Function.identity(),
                        (a, b) -> {
                            throw new CurriculumException("duplicate id " + id.apply(a));
                        },
                        LinkedHashMap::new));
    }
}
