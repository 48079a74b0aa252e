package ph.brainbytes.backend.validation;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.common.problem.Problems;

/** Ahead of the general problem handler, which would only say the body could not be read. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnstorableTextProblem {

    private final Texts texts;

    UnstorableTextProblem(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(UnstorableTextException.class)
    ResponseEntity<ProblemDetail> refuse(UnstorableTextException refused) {
        ProblemDetail problem =
                Problems.validation(HttpStatus.BAD_REQUEST, Map.of(refused.field(), texts.get("text.unstorable")));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
