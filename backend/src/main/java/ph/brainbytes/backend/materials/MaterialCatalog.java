package ph.brainbytes.backend.materials;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.curriculum.Lesson;

/** Browsing: teachers' materials newest first, then the curriculum's lessons, one cursor across both. */
@Service
class MaterialCatalog {

    static final int PAGE_SIZE = 20;

    private final MaterialRepository rows;
    private final Materials materials;
    private final LessonCatalog lessons;
    private final MaterialProblems problems;
    private final MeterRegistry registry;

    MaterialCatalog(
            MaterialRepository rows,
            Materials materials,
            LessonCatalog lessons,
            MaterialProblems problems,
            MeterRegistry registry) {
        this.registry = registry;
        this.rows = rows;
        this.materials = materials;
        this.lessons = lessons;
        this.problems = problems;
    }

    @Transactional(readOnly = true)
    MaterialViews.Page list(MaterialFilter filter, String cursor, String language) {
        MaterialCursor after = cursor == null || cursor.isBlank() ? null : decode(cursor);
        List<MaterialViews.Summary> items = new ArrayList<>();
        if (after == null || !after.inLessons()) {
            List<Material> rows = teachers(filter, after);
            if (rows.size() > PAGE_SIZE) {
                rows.subList(0, PAGE_SIZE).forEach(m -> items.add(MaterialViews.Summary.of(m)));
                return new MaterialViews.Page(
                        items,
                        MaterialCursor.afterMaterial(rows.get(PAGE_SIZE - 1)).encode());
            }
            rows.forEach(m -> items.add(MaterialViews.Summary.of(m)));
        }
        String afterLesson =
                after == null || !after.inLessons() || after.lessonId().isEmpty() ? null : after.lessonId();
        int room = PAGE_SIZE - items.size();
        List<Lesson> next =
                lessons.matching(filter, afterLesson).limit(room + 1L).toList();
        next.stream().limit(room).forEach(lesson -> items.add(MaterialViews.Summary.of(lesson, language)));
        if (next.size() <= room) {
            return new MaterialViews.Page(items, null);
        }
        String lastShown = room == 0
                ? (afterLesson == null ? "" : afterLesson)
                : next.get(room - 1).id();
        return new MaterialViews.Page(
                items, MaterialCursor.afterLesson(lastShown).encode());
    }

    /** A lesson ({@code lesson-<id>}) in the reader's language, or a teacher's material; each read is counted. */
    @Transactional(readOnly = true)
    MaterialViews.Detail detail(String id, String language) {
        MaterialViews.Detail detail = lessons.find(id)
                .map(lesson -> MaterialViews.Detail.of(lesson, language))
                .orElseGet(() -> MaterialViews.Detail.of(materials.find(id)));
        Counter.builder("brainbytes.materials.views")
                .description("Materials opened by readers")
                .tag("subject", detail.material().subject())
                .tag("source", detail.material().source())
                .register(registry)
                .increment();
        return detail;
    }

    private List<Material> teachers(MaterialFilter filter, MaterialCursor after) {
        Limit limit = Limit.of(PAGE_SIZE + 1);
        String subject = filter.subject();
        String competency = filter.competencyKey();
        String pattern = filter.likePattern();
        return after == null
                ? rows.firstPage(filter.grade(), subject, competency, pattern, limit)
                : rows.pageAfter(
                        filter.grade(), subject, competency, pattern, after.createdAt(), after.materialId(), limit);
    }

    private MaterialCursor decode(String cursor) {
        try {
            return MaterialCursor.decode(cursor);
        } catch (IllegalArgumentException malformed) {
            RuntimeException invalid = problems.invalidCursor();
            invalid.initCause(malformed);
            throw invalid;
        }
    }
}
