package ph.brainbytes.frontend.vitals;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/** Every page names its route template (e.g. {@code /chat/{id}}) so measurements never carry an id. */
@ControllerAdvice
class RouteAdvice {

    @ModelAttribute("route")
    String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "unknown" : pattern.toString();
    }
}
