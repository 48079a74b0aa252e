package ph.brainbytes.common.problem;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details whose {@code type} is a stable URI under one namespace. */
public final class Problems {

    public static final String TYPE_BASE = "https://brainbytes.ph/problems/";

    private Problems() {}

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** The {@code validation} problem: field (or parameter) name to what is wrong with it. */
    public static ProblemDetail validation(HttpStatusCode status, Map<String, String> errors) {
        ProblemDetail problem = of(status, "validation", "Invalid request", "Some fields are missing or invalid.");
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }
}
