package ph.brainbytes.backend.materials;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import ph.brainbytes.curriculum.Curriculum;
import ph.brainbytes.curriculum.Lesson;

/**
 * The curriculum's lessons as built-in, read-only materials. They are indexed once, in memory, when the service
 * starts, rather than seeded into the database: they ship inside the jar and change only with a release, so a copy in
 * the database would need syncing on every upgrade (and deleting when a lesson is withdrawn), while a few hundred
 * lessons with their lower-cased text take a few megabytes and filter in well under a millisecond.
 */
@Component
class LessonCatalog {

    static final String ID_PREFIX = "lesson-";

    private final List<Entry> entries;

    LessonCatalog() {
        this.entries = Curriculum.load().lessons().stream()
                .map(Entry::of)
                .sorted(Comparator.comparing(entry -> entry.lesson().id()))
                .toList();
    }

    /** Lessons that pass the filter, by id, after the lesson {@code afterId} (null: from the start). */
    Stream<Lesson> matching(MaterialFilter filter, String afterId) {
        String competency = filter.competencyKey();
        String query = filter.queryKey();
        return entries.stream()
                .filter(entry -> afterId == null || entry.lesson().id().compareTo(afterId) > 0)
                .filter(entry -> filter.subject() == null
                        || entry.lesson().subject().slug().equals(filter.subject()))
                .filter(entry -> filter.grade() == null || entry.lesson().gradeLevel() == filter.grade())
                .filter(entry -> competency == null
                        || entry.lesson().competency().toLowerCase(Locale.ROOT).equals(competency))
                .filter(entry -> query == null || entry.text().contains(query))
                .map(Entry::lesson);
    }

    /** The lesson behind a material id such as {@code lesson-sci-water-cycle}. */
    Optional<Lesson> find(String materialId) {
        if (!materialId.startsWith(ID_PREFIX)) {
            return Optional.empty();
        }
        String lessonId = materialId.substring(ID_PREFIX.length());
        return entries.stream()
                .map(Entry::lesson)
                .filter(lesson -> lesson.id().equals(lessonId))
                .findFirst();
    }

    /** A lesson with its title, summary, body and keywords in both languages, lower-cased for searching. */
    private record Entry(Lesson lesson, String text) {

        static Entry of(Lesson lesson) {
            String text = String.join(
                    "\n",
                    lesson.title().en(),
                    lesson.title().fil(),
                    lesson.summary().en(),
                    lesson.summary().fil(),
                    lesson.body().en(),
                    lesson.body().fil(),
                    String.join("\n", lesson.keywords()));
            return new Entry(lesson, text.toLowerCase(Locale.ROOT));
        }
    }
}
