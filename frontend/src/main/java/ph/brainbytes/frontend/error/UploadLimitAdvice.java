package ph.brainbytes.frontend.error;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file over the web app's own upload limit is refused while the request is read, before any controller runs:
 * the form it came from opens again with its translated "too large" message, the avatar's on the profile page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        if (request.getServletPath().startsWith("/profile/")) {
            redirect.addFlashAttribute("avatarError", "profile.avatar.too-large");
            return "redirect:/profile";
        }
        return "redirect:/materials/new?too-large";
    }
}
