package ph.brainbytes.backend.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ph.brainbytes.common.problem.ProblemTexts;

/**
 * No free database connection, or the database briefly out of reach: the caller's request was fine and
 * nothing was stored, so it is a 503 with a time to come back rather than a server error. Ordered before
 * the general problem handler, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseBusyAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBusyAdvice.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private final MessageSource messages;

    DatabaseBusyAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class
    })
    ResponseEntity<ProblemDetail> busy(RuntimeException ex) {
        log.warn("Database busy or unreachable: {}", ex.getMessage());
        ProblemDetail problem = ProblemTexts.problem(
                messages,
                HttpStatus.SERVICE_UNAVAILABLE,
                "busy",
                "database.busy",
                "The service is very busy right now and nothing was saved. Please try again in a few seconds.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
