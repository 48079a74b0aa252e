package ph.brainbytes.backend.materials;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page ended. The list is teachers' materials newest first, then the curriculum's lessons by id; a cursor is
 * either a material (createdAt, id) or the id of the last lesson shown (empty: lessons from the start).
 */
record MaterialCursor(Instant createdAt, UUID materialId, String lessonId) {

    static MaterialCursor afterMaterial(Material last) {
        return new MaterialCursor(last.getCreatedAt(), last.getId(), null);
    }

    static MaterialCursor afterLesson(String lessonId) {
        return new MaterialCursor(null, null, lessonId);
    }

    boolean inLessons() {
        return lessonId != null;
    }

    String encode() {
        String plain = inLessons() ? "l|" + lessonId : "m|" + createdAt + "|" + materialId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws IllegalArgumentException (or a subclass) for anything this service did not hand out. */
    static MaterialCursor decode(String cursor) {
        String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length == 2 && parts[0].equals("l")) {
            return afterLesson(parts[1]);
        }
        if (parts.length == 3 && parts[0].equals("m")) {
            try {
                return new MaterialCursor(Instant.parse(parts[1]), UUID.fromString(parts[2]), null);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(e);
            }
        }
        throw new IllegalArgumentException("not a materials cursor");
    }
}
