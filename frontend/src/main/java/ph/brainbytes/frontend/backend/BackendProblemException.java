package ph.brainbytes.frontend.backend;

import java.util.Map;

/**
 * The backend refused a request (4xx). Carries the stable problem {@code type} slug and the
 * per-field errors so pages can show translated messages instead of the backend's English text.
 */
public class BackendProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final Map<String, String> fieldErrors;

    public BackendProblemException(int status, String slug, Map<String, String> fieldErrors) {
        super("backend answered " + status + " " + slug);
        this.status = status;
        this.slug = slug;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
