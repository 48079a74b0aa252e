package ph.brainbytes.frontend.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.BackendUnavailableException;
import ph.brainbytes.frontend.backend.SessionExpiredException;

/** Backend failures on pages become friendly, translated pages instead of stack traces. */
@ControllerAdvice(annotations = Controller.class)
class BackendErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(BackendErrorAdvice.class);
    private static final String EXPIRED_LOGIN = "/login?expired";

    @ExceptionHandler(BackendUnavailableException.class)
    ModelAndView unavailable(BackendUnavailableException e) {
        log.warn(
                "backend unavailable: {}",
                e.getCause() == null ? e.getMessage() : e.getCause().toString());
        return new ModelAndView("error/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** A conversation that does not exist, or is someone else's, looks the same: not found. */
    @ExceptionHandler(BackendProblemException.class)
    ModelAndView problem(BackendProblemException e) {
        if (e.status() == 404 || e.status() == 403) {
            return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        }
        log.warn("backend refused a page request: {}", e.getMessage());
        return new ModelAndView("error", HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(SessionExpiredException.class)
    ModelAndView expired(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return new ModelAndView("redirect:" + EXPIRED_LOGIN);
    }
}
