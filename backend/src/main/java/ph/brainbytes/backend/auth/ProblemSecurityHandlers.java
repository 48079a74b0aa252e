package ph.brainbytes.backend.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import ph.brainbytes.common.problem.ProblemTexts;
import tools.jackson.databind.ObjectMapper;

/** Security failures happen before any controller, so they write their problem+json here. */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final ObjectMapper json;
    private final MessageSource messages;

    ProblemSecurityHandlers(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(
                response,
                ProblemTexts.problem(
                        messages,
                        HttpStatus.UNAUTHORIZED,
                        "unauthorized",
                        "problem.unauthorized",
                        "Sign in first: a valid access token is required."));
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        write(response, ProblemTexts.forbidden(messages));
    }

    /** The firewall refuses paths such as {@code ..;} or an encoded dot or line break before any filter runs. */
    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, RequestRejectedException requestRejectedException)
            throws IOException {
        write(
                response,
                ProblemTexts.problem(
                        messages,
                        HttpStatus.BAD_REQUEST,
                        "bad-request",
                        "problem.rejected-address",
                        "The request address is not acceptable."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
