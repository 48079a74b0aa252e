package ph.brainbytes.frontend.backend;

import java.util.Map;

/** The parts of an RFC 9457 problem the frontend reacts to. */
record ProblemBody(String type, Map<String, String> errors) {

    /** The last path segment of the type, e.g. {@code validation} for {@code https://brainbytes.ph/problems/validation}. */
    String slug() {
        if (type == null || type.isBlank()) {
            return "";
        }
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
