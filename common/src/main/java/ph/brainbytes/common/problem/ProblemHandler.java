package ph.brainbytes.common.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a JSON API into {@code application/problem+json} with a stable type.
 * Only applies to {@code @RestController}s, so server-rendered pages keep their own error views.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApi(ApiException ex) {
        ProblemDetail problem = Problems.of(ex.status(), ex.slug(), ex.status().getReasonPhrase(), ex.getMessage());
        return ResponseEntity.status(ex.status()).headers(ex.headers()).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleDenied(AccessDeniedException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You may not do this.");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    /** A multipart body that cannot be parsed (no boundary, cut short) is the client's mistake; too large stays 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> handleUnreadableUpload(MultipartException ex) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "bad-request",
                "Bad Request",
                "The upload could not be read as a multipart form.");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
        log.error("Unhandled failure", ex);
        ProblemDetail problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "Internal Server Error",
                "Something went wrong on our side. Please try again.");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    @Nullable
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        addFieldErrors(ex.getBindingResult().getFieldErrors(), errors);
        return handleExceptionInternal(ex, validationProblem(status, errors), headers, status, request);
    }

    /**
     * When a handler validates a header or query parameter as well as its body, Spring reports all
     * of it as one method-validation failure; clients still get one {@code errors} map.
     */
    @Override
    @Nullable
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bodyErrors) {
                addFieldErrors(bodyErrors.getFieldErrors(), errors);
            } else if (!result.getResolvableErrors().isEmpty()) {
                errors.putIfAbsent(
                        nameOf(result.getMethodParameter()),
                        result.getResolvableErrors().get(0).getDefaultMessage());
            }
        }
        HttpStatusCode badRequest = HttpStatus.BAD_REQUEST;
        return handleExceptionInternal(ex, validationProblem(badRequest, errors), headers, badRequest, request);
    }

    private static void addFieldErrors(List<FieldError> fieldErrors, Map<String, String> errors) {
        for (FieldError error : fieldErrors) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
    }

    private static ProblemDetail validationProblem(HttpStatusCode status, Map<String, String> errors) {
        ProblemDetail problem =
                Problems.of(status, "validation", "Invalid request", "Some fields are missing or invalid.");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String nameOf(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        return parameter.getParameterName();
    }

    /** Standard Spring MVC failures (unreadable body, wrong method, …) get our type namespace too. */
    @Override
    @Nullable
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && isBlankType(problem)) {
            problem.setType(Problems.type(slugFor(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static boolean isBlankType(ProblemDetail problem) {
        URI type = problem.getType();
        return type == null || "about:blank".equals(type.toString());
    }

    private static String slugFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null
                ? "http-" + status.value()
                : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
