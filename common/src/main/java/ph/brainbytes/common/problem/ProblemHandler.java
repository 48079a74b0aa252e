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
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a JSON API into {@code application/problem+json} with a stable type, its title and
 * fixed details in the request's language ({@link ProblemTexts}). This one applies to {@code @RestController}s
 * only, so the server-rendered pages of the frontend keep their own error views; {@link ServiceProblemHandler}
 * covers a whole API service.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApi(ApiException ex) {
        ProblemDetail problem = Problems.of(ex.status(), ex.slug(), title(ex.status()), ex.getMessage());
        return ResponseEntity.status(ex.status()).headers(ex.headers()).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleDenied(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemTexts.forbidden(getMessageSource()));
    }

    /** A multipart body that cannot be parsed (no boundary, cut short) is the client's mistake; too large stays 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> handleUnreadableUpload(MultipartException ex) {
        ProblemDetail problem = ProblemTexts.problem(
                getMessageSource(),
                HttpStatus.BAD_REQUEST,
                "bad-request",
                "problem.multipart-unreadable",
                "The upload could not be read as a multipart form.");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
        log.error("Unhandled failure", ex);
        ProblemDetail problem = ProblemTexts.problem(
                getMessageSource(),
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "problem.internal",
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

    private ProblemDetail validationProblem(HttpStatusCode status, Map<String, String> errors) {
        ProblemDetail problem = Problems.of(
                status,
                "validation",
                text("problem.validation.title", "Invalid request"),
                text("problem.validation", "Some fields are missing or invalid."));
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

    /** A body type this path does not take: the detail names the types it does. */
    @Override
    @Nullable
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody()
                .setDetail(text(
                        "problem.unsupported-type",
                        "This address does not take a body of that type. It takes: {0}.",
                        MediaType.toString(ex.getSupportedMediaTypes())));
        return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    }

    @Override
    @Nullable
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody().setDetail(text("problem.method-not-allowed", "This address does not answer {0}.", ex.getMethod()));
        return super.handleHttpRequestMethodNotSupported(ex, headers, status, request);
    }

    @Override
    @Nullable
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody().setDetail(noSuchAddress());
        return super.handleNoResourceFoundException(ex, headers, status, request);
    }

    @Override
    @Nullable
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody().setDetail(noSuchAddress());
        return super.handleNoHandlerFoundException(ex, headers, status, request);
    }

    private String noSuchAddress() {
        return text("problem.no-such-address", "Nothing is at this address.");
    }

    @Override
    @Nullable
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Not an ErrorResponse, so it has no body of its own to reword; type and title follow in createResponseEntity.
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, text("problem.unreadable-body", "The request body could not be read."));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** Standard Spring MVC failures (unreadable body, wrong method, …) get our type namespace and titles too. */
    @Override
    @Nullable
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && isBlankType(problem)) {
            problem.setType(Problems.type(slugFor(status)));
            problem.setTitle(title(status));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private String title(HttpStatusCode status) {
        return ProblemTexts.title(getMessageSource(), status);
    }

    private String text(String code, String english, Object... arguments) {
        return ProblemTexts.text(getMessageSource(), code, english, arguments);
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
