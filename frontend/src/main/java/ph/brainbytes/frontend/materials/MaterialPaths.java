package ph.brainbytes.frontend.materials;

import org.springframework.web.util.UriUtils;

/**
 * Where a material is read. Curriculum lessons ({@code lesson-<id>}) live at {@code /lessons/<id>}, the
 * address the tutor's citations link to and the service worker keeps for offline reading.
 */
final class MaterialPaths {

    static final String LESSON_PREFIX = "lesson-";

    private MaterialPaths() {}

    static String of(String materialId) {
        if (materialId.startsWith(LESSON_PREFIX)) {
            return "/lessons/" + encode(materialId.substring(LESSON_PREFIX.length()));
        }
        return "/materials/" + encode(materialId);
    }

    static String encode(String segment) {
        return UriUtils.encodePathSegment(segment, "UTF-8");
    }
}
