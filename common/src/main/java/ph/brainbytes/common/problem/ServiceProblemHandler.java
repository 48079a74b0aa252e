package ph.brainbytes.common.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@link ProblemHandler} for a service that is all API (backend, ai-service): it also answers the failures that
 * come before any controller is chosen, such as a body type no mapping of the path consumes (415), a method the
 * path does not answer (405) or an address nothing serves (404), which would otherwise get Spring Boot's plain
 * JSON error.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ServiceProblemHandler extends ProblemHandler {}
