package ph.brainbytes.backend.materials;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teachers' materials: written, uploaded, changed and removed by their author or an admin. */
@Service
class Materials {

    private final MaterialRepository materials;
    private final MaterialFileRepository files;
    private final LessonCatalog lessons;
    private final MaterialProblems problems;
    private final Clock clock;

    Materials(
            MaterialRepository materials,
            MaterialFileRepository files,
            LessonCatalog lessons,
            MaterialProblems problems,
            Clock clock) {
        this.materials = materials;
        this.files = files;
        this.lessons = lessons;
        this.problems = problems;
        this.clock = clock;
    }

    @Transactional
    Material write(UUID authorId, MaterialFields fields, String markdown) {
        return materials.save(new Material(authorId, fields, markdown, now()));
    }

    @Transactional
    Material upload(UUID authorId, MaterialFields fields, UploadedDocument document, byte[] bytes) {
        Material created = materials.save(new Material(authorId, fields, document, now()));
        files.save(new MaterialFile(created.getId(), bytes));
        return created;
    }

    @Transactional(readOnly = true)
    Material find(String id) {
        return parse(id).flatMap(materials::findById).orElseThrow(problems::notFound);
    }

    @Transactional(readOnly = true)
    byte[] file(Material material) {
        return files.findById(material.getId()).orElseThrow(problems::notFound).getData();
    }

    /** Null fields stay; Markdown can replace the body of a written material, not the text of an upload. */
    @Transactional
    Material edit(Editor editor, String id, MaterialFields fields, String markdown) {
        Material edited = authored(editor, id);
        if (markdown != null && edited.isUpload()) {
            throw problems.bodyOfUpload();
        }
        edited.apply(fields, now());
        if (markdown != null) {
            edited.rewrite(markdown, now());
        }
        return edited;
    }

    @Transactional
    void delete(Editor editor, String id) {
        materials.delete(authored(editor, id));
    }

    /** A lesson is refused outright; another teacher's material looks like one that does not exist. */
    private Material authored(Editor editor, String id) {
        if (lessons.find(id).isPresent()) {
            throw problems.readOnly();
        }
        return parse(id)
                .flatMap(materials::findById)
                .filter(m -> editor.admin() || editor.id().equals(m.getAuthorId()))
                .orElseThrow(problems::notFound);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
