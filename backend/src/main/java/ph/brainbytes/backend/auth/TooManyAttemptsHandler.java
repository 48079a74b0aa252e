package ph.brainbytes.backend.auth;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ph.brainbytes.common.problem.Problems;

/** A 429 must say when to come back, which the shared problem handler cannot add. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooManyAttemptsHandler {

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<ProblemDetail> handle(TooManyAttempts ex) {
        ProblemDetail problem = Problems.of(ex.status(), ex.slug(), "Too Many Requests", ex.getMessage());
        long seconds =
                Math.max(1, ex.retryAfter().toSeconds() + (ex.retryAfter().toNanosPart() > 0 ? 1 : 0));
        return ResponseEntity.status(ex.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }
}
